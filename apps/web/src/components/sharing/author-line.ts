/** Who wrote a shared material or question, and at which school: "Nguyễn Văn An · Trường THCS Tiến Hoá". */
export function authorLine(item: { author: { fullName: string }; school?: { name: string } | null }): string {
  return [item.author.fullName, item.school?.name].filter(Boolean).join(' · ');
}
