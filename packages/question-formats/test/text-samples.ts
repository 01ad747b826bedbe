/** A GIFT file with one question of each kind the reader knows, escapes, HTML, and a line with no answer braces. */
export const GIFT_SAMPLE = `// một chú thích
$CATEGORY: Toán 10/Hàm số

::Thủ đô::Thủ đô của Việt Nam là {=Hà Nội ~Huế#sai rồi ~Đà Nẵng}

::Đúng sai::Trái Đất quay quanh Mặt Trời.{TRUE}

Giá trị của 1/2 là {#0.5:0.01}

Số từ 1 đến 5 {#1..5}

Chọn các số chẵn {~%50%2 ~%50%4 ~%-100%3}

Viết cảm nghĩ {}

[html]Công thức <b>a\\=b\\{c\\}\\: 50\\%\\~\\#</b> {=đúng ~sai ####Vì <i>a</i> bằng b.}

Con {=mèo =miêu} kêu meo meo.

Ghép {=a -> 1 =b -> 2}

Không có ngoặc`;
