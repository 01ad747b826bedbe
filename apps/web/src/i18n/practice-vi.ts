/**
 * Vietnamese texts of the main app about the student's practice (the practice page is in the light entry),
 * spread into `vi`.
 */
export const practiceVi = {
  practice: {
    title: 'Luyện tập',
    entry: 'Luyện tập từng câu theo chủ đề, vừa sức em; câu sai sẽ được ôn lại.',
    open: 'Vào luyện tập',
  },
};
