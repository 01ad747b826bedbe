/** Vietnamese texts of the province workbook import (tệp tổng hợp), spread into `vi`. */
export const orgImportVi = {
  orgImport: {
    choice: 'Cả tỉnh (tệp tổng hợp)',
    intro:
      'Một tệp .xlsx gồm các trang: Phòng GDĐT, Trường, Tài khoản cán bộ, Lớp, Giáo viên, Học sinh. Tệp được nhập ở chế độ nền theo thứ tự đó; có thể đóng trang và quay lại xem tiến độ, việc nhập vẫn tiếp tục kể cả khi máy chủ khởi động lại.',
    template: 'Tải tệp mẫu tổng hợp (.xlsx)',
    province: 'Sở GDĐT nhận dữ liệu',
    file: 'Tệp tổng hợp',
    filePlaceholder: 'Chọn tệp .xlsx',
    start: 'Tải lên và bắt đầu nhập',
    status: {
      queued: 'Đang chờ xử lý',
      running: 'Đang nhập',
      done: 'Đã nhập xong',
      failed: 'Không nhập được',
    },
    progress: 'Đã xử lý {{done}} / {{total}} dòng ({{percent}}%)',
    sheet: 'Trang',
    rows: 'Dòng',
    errorRows: 'Dòng lỗi',
    errorsShown: 'Hiển thị {{shown}} / {{count}} lỗi đầu tiên.',
    credentials: 'Tài khoản mới: {{count}}',
    credentialsHint:
      'Tải danh sách mật khẩu tạm và gửi cho từng người; họ phải đổi mật khẩu khi đăng nhập lần đầu. Chỉ người đã nhập tệp tải được danh sách này.',
    downloadCredentials: 'Tải danh sách mật khẩu tạm (.csv)',
    recent: 'Lần nhập gần đây',
    sheets: {
      districts: 'Phòng GDĐT',
      schools: 'Trường',
      officers: 'Tài khoản cán bộ',
      classes: 'Lớp',
      teachers: 'Giáo viên',
      students: 'Học sinh',
    },
  },
};
