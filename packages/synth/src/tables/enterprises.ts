// Synthetic employers: enterprises (DN) and public bodies (HC). Names are built from common
// Vietnamese company-name parts (L: illustrative); every employer has a valid 10-digit tax code
// (FACTS §3 check digit). The number of employers per province grows faster than its population
// (enterprises concentrate in the big cities: Hồ Chí Minh City and Hà Nội hold about half of all
// active enterprises, GSO enterprise census, M).

export const ENTERPRISE_FORMS = [
  ["Công ty TNHH", 50],
  ["Công ty Cổ phần", 25],
  ["Công ty TNHH MTV", 18],
  ["Doanh nghiệp tư nhân", 7],
] as const;

export const ENTERPRISE_SECTORS = [
  "Thương mại",
  "Dịch vụ",
  "Xây dựng",
  "Sản xuất",
  "Công nghệ",
  "May mặc",
  "Thực phẩm",
  "Vận tải",
  "Đầu tư",
  "Cơ khí",
  "Điện tử",
  "Nông sản",
  "Du lịch",
  "In ấn",
  "Thủy sản",
  "Dược phẩm",
  "Giáo dục",
  "Môi trường",
  "Nội thất",
  "Logistics",
  "Thương mại và Dịch vụ",
  "Xuất nhập khẩu",
] as const;

export const BRAND_SYLLABLES = [
  "An",
  "Bình",
  "Minh",
  "Phát",
  "Thành",
  "Đạt",
  "Hưng",
  "Thịnh",
  "Long",
  "Việt",
  "Nam",
  "Sao",
  "Mai",
  "Hoàng",
  "Kim",
  "Phúc",
  "Lộc",
  "Tân",
  "Đại",
  "Trường",
  "Hải",
  "Sơn",
  "Hà",
  "Tiến",
  "Quang",
  "Á",
  "Châu",
  "Hòa",
  "Phong",
  "Vạn",
  "Toàn",
  "Đông",
  "Gia",
  "Khang",
  "Ngọc",
  "Thái",
  "Hợp",
  "Nhật",
] as const;

/** Public bodies: name pattern with `{p}` for the province name and `{n}` for a number. */
export const PUBLIC_BODIES = [
  "Trường Tiểu học số {n} {p}",
  "Trường Trung học cơ sở số {n} {p}",
  "Trường Trung học phổ thông số {n} {p}",
  "Bệnh viện Đa khoa {p}",
  "Trung tâm Y tế khu vực số {n} {p}",
  "Sở Tài chính {p}",
  "Sở Giáo dục và Đào tạo {p}",
  "Kho bạc Nhà nước khu vực {n}",
  "Ủy ban nhân dân {p}",
  "Trung tâm Phục vụ hành chính công {p}",
] as const;

/** Employers per 1,000 inhabitants (thousands of population ^ ENTERPRISE_EXPONENT × this), and the public share. L. */
export const ENTERPRISES_PER_THOUSAND = 0.06;
export const ENTERPRISE_EXPONENT = 1.25;
export const PUBLIC_BODIES_PER_PROVINCE = 40;
