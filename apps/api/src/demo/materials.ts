import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MaterialType } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { BlobStore } from '@hoclieu/storage';
import { createPackageTokens } from '../modules/materials/package-token.js';
import { createMaterialService } from '../modules/materials/service.js';
import { createSharingService } from '../modules/materials/sharing.js';
import { createVersionService } from '../modules/materials/versions.js';
import { demoActor } from './demo-actor.js';
import { simplePdf } from './simple-pdf.js';

interface DemoMaterial {
  author: string;
  title: string;
  type: MaterialType;
  subjectCode: string;
  grade: number;
  /** ASCII lines for the PDF's text layer (what search extracts). */
  lines: string[];
  /** Reviewers who approve, one per level, in order. */
  approvals: string[];
  featured?: boolean;
}

const demoMaterials: DemoMaterial[] = [
  {
    author: 'giaovien',
    title: 'Phân số và số thập phân – Toán 6',
    type: 'lecture',
    subjectCode: 'toan',
    grade: 6,
    lines: [
      'Phan so va so thap phan',
      'Toan 6 - Chuong VI',
      'Phan so bang nhau, so sanh phan so, so thap phan',
    ],
    approvals: ['hieutruong', 'phong.tuyenhoa', 'so.quangbinh'],
    featured: true,
  },
  {
    author: 'giaovien',
    title: 'Tập hợp các số tự nhiên',
    type: 'document',
    subjectCode: 'toan',
    grade: 6,
    lines: ['Tap hop cac so tu nhien', 'Bai 1. Tap hop - Bai 2. Cach ghi so tu nhien'],
    approvals: ['hieutruong'],
  },
  {
    author: 'gv.thcs-maihoa.1',
    title: 'Ôn tập hình học phẳng lớp 7',
    type: 'document',
    subjectCode: 'toan',
    grade: 7,
    lines: ['On tap hinh hoc phang lop 7', 'Tam giac bang nhau, duong trung truc'],
    approvals: ['ht.thcs-maihoa', 'phong.tuyenhoa'],
  },
  {
    author: 'gv.th-tienhoa.2',
    title: 'Tiếng Việt 3: Luyện từ và câu',
    type: 'document',
    subjectCode: 'tieng-viet',
    grade: 3,
    lines: ['Tieng Viet 3: Luyen tu va cau', 'Tu chi su vat, tu chi hoat dong'],
    approvals: ['ht.th-tienhoa'],
  },
  {
    author: 'gv.thcs-quanghop.2',
    title: 'Địa lí địa phương Quảng Bình',
    type: 'lecture',
    subjectCode: 'lich-su-dia-li',
    grade: 8,
    lines: ['Dia li dia phuong Quang Binh', 'Dia hinh, khi hau, song ngoi'],
    approvals: ['ht.thcs-quanghop', 'phong.quangtrach'],
  },
  {
    author: 'giaovien',
    title: 'Đề kiểm tra giữa kì I – Toán 7 (bản nháp)',
    type: 'document',
    subjectCode: 'toan',
    grade: 7,
    lines: ['De kiem tra giua ki I - Toan 7', 'Ban nhap, chua chia se'],
    approvals: [],
  },
];

interface Deps {
  db: Db;
  storage: BlobStore;
  onChange: () => void;
  enqueueProcessing: (uploadId: string) => Promise<void>;
}

/**
 * Demo materials through the real services: uploaded files, versions, and the sharing workflow
 * with each level's reviewer, so the library has something to show on a first start.
 */
export async function seedDemoMaterials({ db, storage, onChange, enqueueProcessing }: Deps): Promise<void> {
  // Only `create` is used here; the package addresses of its returned detail are thrown away.
  const materials = createMaterialService(
    db,
    onChange,
    createPackageTokens('demo-seed', () => new Date()),
  );
  const versions = createVersionService(db, onChange);
  const sharing = createSharingService(db, onChange);
  const actorOf = (username: string) => demoActor(db, username);
  for (const demo of demoMaterials) {
    const author = await actorOf(demo.author);
    const created = await materials.create(author, {
      title: demo.title,
      description: demo.lines.slice(1).join('. '),
      type: demo.type,
      level: demo.grade <= 5 ? 'primary' : 'lower_secondary',
      grade: demo.grade,
      subjectCode: demo.subjectCode,
      topicIds: [],
      tags: ['demo'],
      licence: 'cc_by',
    });
    const bytes = simplePdf(demo.lines);
    const id = randomUUID();
    const blobKey = `uploads/demo/${id}`;
    const stored = await storage.put(blobKey, Readable.from([bytes]), { contentType: 'application/pdf' });
    await db.upload.create({
      data: {
        id,
        ownerId: author.userId,
        blobKey,
        originalName: `${demo.title}.pdf`,
        declaredSize: bytes.length,
        size: stored.size,
        sha256: stored.sha256,
        contentType: 'application/pdf',
        category: 'pdf',
        status: 'stored',
      },
    });
    await versions.addVersion(author, created.id, { uploadIds: [id], keepFileIds: [] });
    await enqueueProcessing(id);
    for (const [index, reviewer] of demo.approvals.entries()) {
      const scope = (['school', 'district', 'province'] as const)[index] ?? 'province';
      const proposer = index === 0 ? author : await actorOf(demo.approvals[index - 1] as string);
      await sharing.requestShare(proposer, created.id, scope);
      await sharing.decide(await actorOf(reviewer), created.id, { decision: 'approve' });
    }
    if (demo.featured) await sharing.setFeatured(await actorOf('so.quangbinh'), created.id, true);
  }
}
