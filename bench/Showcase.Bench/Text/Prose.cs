namespace Showcase.Bench.Text;

/// <summary>
/// Sentence templates for the sections of a model's story. Slots in braces are filled by
/// <see cref="SlotFiller"/>: {unit} {model} {benef} {act} {act2} {outcome} {n} {measure}
/// {money} {pct} {year} {next} {month} {adv} {partner} {doc} {members} {freq} {place}
/// {person} {city}; a capitalised key ({Act}) capitalises the value.
/// </summary>
public static class Prose
{
    public static readonly IReadOnlyList<string> Context =
    [
        "Thực hiện {doc}, {unit} đã {adv} nghiên cứu, lựa chọn nội dung để xây dựng mô hình “{model}”.",
        "Xuất phát từ thực tế trên địa bàn vẫn còn nhiều {benef} gặp khó khăn trong cuộc sống, cấp ủy đã bàn bạc, thống nhất cách làm phù hợp.",
        "Mô hình được triển khai từ {month} năm {year}, với sự tham gia của **{n} {members}**.",
        "Cấp ủy xác định đây là việc làm thiết thực, cụ thể, dễ làm, dễ kiểm tra, góp phần đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đi vào chiều sâu.",
        "Trước khi triển khai, chi bộ tổ chức khảo sát, nắm tình hình {benef} để xác định đúng đối tượng cần hỗ trợ.",
        "Qua sinh hoạt chuyên đề, nhiều đảng viên đề xuất cần có cách làm mới, gắn việc làm theo Bác với nhiệm vụ chính trị của {unit}.",
        "Mô hình nhận được sự đồng tình, ủng hộ của {partner} ngay từ những ngày đầu.",
        "Trong bối cảnh {place} còn nhiều khó khăn, việc {act} có ý nghĩa thiết thực đối với {benef}.",
        "Lời dạy của Bác “Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại đến dân, ta phải hết sức tránh” là kim chỉ nam cho mọi hoạt động của mô hình.",
        "Ban đầu, mô hình chỉ có {n} {members} tham gia, chủ yếu là đảng viên trẻ và đoàn viên ưu tú.",
    ];

    public static readonly IReadOnlyList<string> Method =
    [
        "Hằng tháng, {unit} {adv} tổ chức {act} cho {benef}, ưu tiên những trường hợp khó khăn nhất.",
        "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể, được chi bộ theo dõi, đánh giá trong kỳ sinh hoạt {freq}.",
        "Chi bộ phân công {person} trực tiếp phụ trách, phối hợp với {partner} để {act2}.",
        "Nguồn kinh phí chủ yếu từ đóng góp tự nguyện của cán bộ, đảng viên và sự hỗ trợ của các nhà hảo tâm, được công khai {freq}.",
        "Việc {act} được thực hiện công khai, minh bạch, có sự giám sát của Ban Thanh tra nhân dân.",
        "Các hoạt động được lồng ghép với phong trào “Mỗi tuần làm một việc tốt” và cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
        "Ngoài ra, {unit} còn vận động {partner} cùng tham gia {act2}, tạo sức lan tỏa rộng trong cộng đồng.",
        "Kết quả thực hiện được báo cáo tại hội nghị chi bộ {freq} và đưa vào tiêu chí đánh giá, xếp loại đảng viên cuối năm.",
        "Cách làm đơn giản, dễ nhớ, ai cũng có thể tham gia tùy theo điều kiện và khả năng của mình.",
        "Để mô hình duy trì bền vững, chi bộ ban hành quy chế hoạt động, phân công nhiệm vụ rõ người, rõ việc, rõ thời gian.",
    ];

    public static readonly IReadOnlyList<string> Steps =
    [
        "Họp chi bộ, thống nhất chủ trương và phân công đảng viên phụ trách",
        "Khảo sát, lập danh sách {benef} cần hỗ trợ",
        "Ban hành kế hoạch thực hiện, có lộ trình và chỉ tiêu cụ thể",
        "Vận động nguồn lực từ cán bộ, đảng viên và {partner}",
        "Tổ chức {act} theo kế hoạch đã đề ra",
        "Sơ kết {freq}, rút kinh nghiệm và biểu dương cá nhân tiêu biểu",
        "Báo cáo kết quả về Ban Tuyên giáo Thành ủy theo quy định",
    ];

    public static readonly IReadOnlyList<string> Results =
    [
        "Từ khi triển khai đến nay, mô hình đã {act} cho **{n} {measure}** với tổng trị giá trên **{money}**.",
        "Nhờ đó, nhiều {benef} đã {outcome}.",
        "Đến cuối năm {year}, trên địa bàn có thêm **{n} {measure}** được hỗ trợ từ mô hình.",
        "Mô hình góp phần quan trọng để {unit} hoàn thành tốt nhiệm vụ chính trị được giao, nhiều năm liền đạt danh hiệu “Hoàn thành xuất sắc nhiệm vụ”.",
        "Qua đánh giá, **{pct}%** người dân được hỏi hài lòng với cách làm của {unit}.",
        "Điều đáng quý nhất là tinh thần tự giác, nêu gương của cán bộ, đảng viên được nâng lên rõ rệt.",
        "Kết quả này đã giúp {outcome}, được cấp ủy cấp trên ghi nhận, biểu dương.",
        "Nhiều cá nhân, tập thể trong mô hình được khen thưởng nhân dịp kỷ niệm ngày sinh của Chủ tịch Hồ Chí Minh.",
    ];

    public static readonly IReadOnlyList<string> Lessons =
    [
        "Cấp ủy phải thực sự vào cuộc, người đứng đầu phải gương mẫu đi trước",
        "Việc làm phải cụ thể, thiết thực, phù hợp với điều kiện của {unit}",
        "Phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là cán bộ chủ chốt",
        "Công khai, minh bạch nguồn lực để tạo niềm tin cho {partner}",
        "Thường xuyên sơ kết, kịp thời biểu dương những cách làm hay, gương người tốt việc tốt",
        "Gắn mô hình với phong trào thi đua yêu nước và nhiệm vụ chuyên môn",
        "Lắng nghe ý kiến của {benef} để điều chỉnh cách làm cho phù hợp",
    ];

    public static readonly IReadOnlyList<string> Replicate =
    [
        "Thời gian tới, {unit} tiếp tục duy trì mô hình, mở rộng đối tượng hỗ trợ và đa dạng hóa nguồn lực.",
        "Mô hình có thể nhân rộng tại các chi bộ, cơ quan, đơn vị có điều kiện tương tự trên địa bàn thành phố {city}.",
        "Đề nghị Ban Tuyên giáo Thành ủy tiếp tục giới thiệu, tuyên truyền mô hình trên Bản tin và trang thông tin điện tử của thành phố.",
        "Chi bộ sẽ phối hợp với {partner} tổ chức tọa đàm, trao đổi kinh nghiệm để các đơn vị khác cùng học tập.",
        "Mục tiêu đến năm {next} có thêm ít nhất **{n} {measure}** được hỗ trợ từ mô hình.",
    ];

    public static readonly IReadOnlyList<string> Summaries =
    [
        "{Act} cho {benef}, giúp {outcome}.",
        "Cán bộ, đảng viên {unit} {adv} {act} cho {benef}; đến nay đã hỗ trợ {n} {measure}.",
        "Mỗi đảng viên đăng ký một việc làm cụ thể: {act}, {act2}, góp phần để {outcome}.",
        "Vận động {partner} cùng {act}, tạo sức lan tỏa trong cộng đồng và giúp {outcome}.",
    ];

    public static readonly IReadOnlyList<string> Adverbs =
        ["chủ động", "thường xuyên", "kịp thời", "tích cực", "kiên trì", "sáng tạo", "nghiêm túc", "đều đặn"];

    public static readonly IReadOnlyList<string> Frequencies = ["hằng tháng", "hằng quý", "định kỳ", "6 tháng một lần", "hằng tuần"];

    public static readonly IReadOnlyList<string> Members =
        ["đảng viên", "cán bộ, công chức", "đoàn viên", "hội viên", "hộ gia đình", "giáo viên", "chiến sĩ"];

    public static readonly IReadOnlyList<string> Partners =
    [
        "Ủy ban MTTQ Việt Nam", "các đoàn thể chính trị - xã hội", "mạnh thường quân", "các doanh nghiệp trên địa bàn",
        "Ban điều hành tổ dân phố", "Hội Khuyến học", "ngành y tế", "Ban đại diện cha mẹ học sinh", "các chức sắc tôn giáo",
    ];

    public static readonly IReadOnlyList<string> Months =
        ["tháng Giêng", "tháng 3", "tháng 5", "tháng 7", "tháng 9", "tháng 10", "tháng 12"];

    public static readonly IReadOnlyList<(string Title, string Url)> Documents =
    [
        ("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị", "https://example.gov.vn/van-ban/ket-luan-01-kl-tw"),
        ("Chỉ thị số 05-CT/TW của Bộ Chính trị", "https://example.gov.vn/van-ban/chi-thi-05-ct-tw"),
        ("Kế hoạch 140-KH/ThU ngày 21/12/2023 của Thành ủy Bảo Lộc", "https://example.gov.vn/van-ban/ke-hoach-140-kh-thu"),
        ("Công văn số 364-CV/BTG của Ban Tuyên giáo Thành ủy", "https://example.gov.vn/van-ban/cong-van-364-cv-btg"),
    ];

    public static readonly IReadOnlyList<string> ContextHeadings =
        ["Sự cần thiết", "Bối cảnh ra đời", "Lý do xây dựng mô hình", "Hoàn cảnh ra đời của mô hình"];

    public static readonly IReadOnlyList<string> MethodHeadings =
        ["Cách làm", "Nội dung và cách thức thực hiện", "Các bước triển khai", "Tổ chức thực hiện"];

    public static readonly IReadOnlyList<string> ResultHeadings =
        ["Kết quả đạt được", "Hiệu quả và sức lan tỏa", "Kết quả bước đầu"];

    public static readonly IReadOnlyList<string> LessonHeadings = ["Bài học kinh nghiệm", "Kinh nghiệm rút ra"];

    public static readonly IReadOnlyList<string> ReplicateHeadings = ["Hướng nhân rộng", "Phương hướng thời gian tới", "Đề xuất, kiến nghị"];

    public static readonly IReadOnlyList<string> Notes =
    [
        "Được nhân rộng tại {n} chi bộ", "Đã sơ kết 1 năm thực hiện", "Đề nghị khen thưởng", "Đang duy trì hiệu quả",
        "Mô hình điểm của thành phố", "Phối hợp với {partner}",
    ];
}
