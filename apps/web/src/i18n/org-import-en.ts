import type { orgImportVi } from './org-import-vi';

/** English texts of the province workbook import, spread into `en`. */
export const orgImportEn: typeof orgImportVi = {
  orgImport: {
    choice: 'Whole province (one workbook)',
    intro:
      'One .xlsx file with the sheets: Phòng GDĐT, Trường, Tài khoản cán bộ, Lớp, Giáo viên, Học sinh. It is imported in the background in that order; you can leave this page and come back, and the import goes on even if the server restarts.',
    template: 'Download the workbook template (.xlsx)',
    province: 'Province receiving the data',
    file: 'Workbook',
    filePlaceholder: 'Choose an .xlsx file',
    start: 'Upload and start the import',
    status: {
      queued: 'Waiting',
      running: 'Importing',
      done: 'Finished',
      failed: 'Could not be imported',
    },
    progress: '{{done}} / {{total}} rows processed ({{percent}}%)',
    sheet: 'Sheet',
    rows: 'Rows',
    errorRows: 'Rows with errors',
    errorsShown: 'Showing the first {{shown}} of {{count}} errors.',
    credentials: 'New accounts: {{count}}',
    credentialsHint:
      'Download the temporary passwords and give each person theirs; they must change it at first sign-in. Only the person who ran the import can download this list.',
    downloadCredentials: 'Download temporary passwords (.csv)',
    recent: 'Recent imports',
    sheets: {
      districts: 'District offices',
      schools: 'Schools',
      officers: 'Officer accounts',
      classes: 'Classes',
      teachers: 'Teachers',
      students: 'Students',
    },
  },
};
