namespace Showcase.Bench.Text;

/// <summary>
/// The five fields of the 2024 letter's appendix, with the model names it suggests
/// (seeds/000) and the good deeds the 2017 guide lists (seeds/004).
/// </summary>
public static class Categories
{
    public static readonly IReadOnlyList<CategoryBank> All =
    [
        new(
            "an-sinh-xa-hoi",
            "An sinh xã hội",
            "Mô hình tiết kiệm, hỗ trợ cán bộ, đảng viên, chiến sĩ và người dân có hoàn cảnh khó khăn; chăm lo an sinh xã hội",
            [
                "Heo đất tiết kiệm", "Tiết kiệm làm theo lời Bác", "Mái ấm yêu thương", "Ngôi nhà cấp ủy",
                "Mái ấm đồng đội", "San sẻ yêu thương", "Kết nối yêu thương", "Quỹ vì bạn nghèo",
                "Hỗ trợ cán bộ, đảng viên khởi nghiệp", "Tiết kiệm góp vốn xoay vòng", "Đồng hành cùng em đến trường",
                "Hỗ trợ thẻ bảo hiểm y tế", "Xe đạp vì đàn em thân yêu", "Đỡ đầu học sinh vượt khó học giỏi",
                "Mỗi tháng một địa chỉ", "Khám bệnh, cấp phát thuốc miễn phí tận nhà", "Mỗi tuần làm một việc tốt",
                "Ngày thứ bảy tình nguyện phục vụ nhân dân", "Quỹ đồng đội", "Bữa cơm yêu thương", "Hũ gạo tình thương",
                "Nồi cháo tình thương", "Áo ấm mùa đông", "Tiết kiệm hỗ trợ đảng viên gặp khó khăn",
                "Quỹ hỗ trợ bệnh nhân nghèo", "Mỗi ngày học một lời Bác Hồ dạy", "Sinh kế cho hội viên nghèo",
                "Tình đồng đội", "Hỗ trợ gia đình quân nhân tại ngũ", "Tủ bánh mì 0 đồng",
            ],
            [
                "hộ nghèo", "hộ cận nghèo", "gia đình chính sách", "gia đình có công với cách mạng", "người già neo đơn",
                "người khuyết tật", "trẻ em mồ côi", "học sinh nghèo hiếu học", "bệnh nhân nghèo", "đảng viên gặp khó khăn",
                "hội viên có hoàn cảnh khó khăn", "đoàn viên thanh niên khó khăn", "người lao động thu nhập thấp",
                "cựu chiến binh có hoàn cảnh khó khăn", "trẻ em khuyết tật, cơ nhỡ",
            ],
            [
                "trao tặng quà", "hỗ trợ vốn không lãi suất", "sửa chữa nhà ở", "xây mới nhà tình thương",
                "trao học bổng", "tặng xe đạp", "tặng thẻ bảo hiểm y tế", "khám bệnh và cấp thuốc miễn phí",
                "thăm hỏi, động viên", "trao sinh kế", "hỗ trợ cây giống, con giống", "nấu và phát suất ăn miễn phí",
                "vận động mạnh thường quân đóng góp", "tiết kiệm mỗi tháng một ngày lương",
            ],
            [
                "ổn định cuộc sống", "vươn lên thoát nghèo", "tiếp bước đến trường", "phát triển kinh tế gia đình",
                "có nhà ở kiên cố", "được chăm sóc sức khỏe thường xuyên", "yên tâm lao động sản xuất",
            ],
            ["suất quà", "căn nhà", "suất học bổng", "chiếc xe đạp", "thẻ bảo hiểm y tế", "lượt người", "hộ gia đình", "con bò giống"],
            ["tiết kiệm", "học sinh", "hộ nghèo", "nhà tình thương", "sinh kế", "chăm lo", "việc tốt", "khám bệnh", "mạnh thường quân"]),
        new(
            "nong-thon-moi-do-thi-van-minh",
            "Nông thôn mới, đô thị văn minh",
            "Mô hình trong xây dựng nông thôn mới, đô thị văn minh",
            [
                "Ngày chủ nhật xanh", "Giúp nhau thoát nghèo, xây dựng nông thôn mới", "Lắp đặt camera an ninh",
                "Cột cờ thẳng tắp", "Tuyến đường sáng - xanh - sạch - đẹp - an toàn", "Thắp sáng đường quê",
                "Tuyến đường hoa", "Tuyến đường thân thiện - văn minh", "Vận động nhân dân treo ảnh Bác",
                "Khu dân cư không rác thải nhựa", "Phân loại rác tại nguồn", "Hàng rào xanh", "Con đường bích họa",
                "Vườn mẫu, khu dân cư kiểu mẫu", "Hiến đất làm đường", "Tổ dân phố văn minh",
                "Nhà sạch, vườn đẹp", "Năm không, ba sạch", "Tuyến hẻm xanh", "Ngày thứ bảy sạch",
                "Biến điểm đen rác thải thành vườn hoa", "Chuyển đổi cây trồng hiệu quả",
            ],
            [
                "người dân trong thôn", "các hộ dân dọc tuyến đường", "bà con tổ dân phố", "hội viên nông dân",
                "đoàn viên thanh niên", "hội viên phụ nữ", "cán bộ, đảng viên trong khu dân cư", "hộ sản xuất chè, cà phê",
                "các hộ kinh doanh", "các gia đình trẻ",
            ],
            [
                "ra quân dọn vệ sinh", "trồng hoa và cây xanh", "lắp đặt đèn chiếu sáng", "lắp đặt camera an ninh",
                "dựng cột cờ trước nhà", "vẽ tranh tường", "phân loại rác tại nguồn", "khơi thông cống rãnh",
                "hiến đất mở rộng đường", "chỉnh trang hàng rào, cổng ngõ", "bê tông hóa đường giao thông nông thôn",
                "chuyển đổi cơ cấu cây trồng, vật nuôi",
            ],
            [
                "cảnh quan sáng, xanh, sạch, đẹp", "giữ vững tiêu chí nông thôn mới", "tình làng nghĩa xóm thêm gắn bó",
                "an ninh trật tự được bảo đảm", "thu nhập của người dân tăng lên", "môi trường sống trong lành",
            ],
            ["mét đường hoa", "bóng đèn", "cột cờ", "mắt camera", "mét vuông đất hiến", "tấn rác thải", "ngày công", "cây xanh"],
            ["nông thôn mới", "đô thị văn minh", "môi trường", "camera", "đường hoa", "rác thải", "cảnh quan", "hiến đất"]),
        new(
            "cai-cach-hanh-chinh",
            "Cải cách hành chính và phục vụ nhân dân",
            "Các mô hình cải cách thủ tục hành chính, nâng cao hiệu quả công tác chuyên môn, nghiệp vụ, tinh thần, trách nhiệm, thái độ giao tiếp, phục vụ nhân dân",
            [
                "Chính quyền thân thiện, vì nhân dân phục vụ", "Nụ cười công sở", "Công sở thân thiện và trách nhiệm",
                "Làm việc khoa học, tận tụy, công tâm", "5 biết", "3 thể hiện", "3 trong 1", "4 không", "4 chủ động",
                "Ba cần", "Ba nêu", "Ba không phiền hà", "3 đúng, 3 sát", "Trọng dân, gần dân, có trách nhiệm với dân",
                "Thứ bảy cùng dân", "Số hóa hồ sơ hộ tịch", "Trả kết quả thủ tục hành chính tại nhà",
                "Cấp khai sinh tại nhà", "Hướng dẫn dịch vụ công trực tuyến", "Tổ công nghệ số cộng đồng",
                "Một cửa thân thiện", "Lắng nghe và đối thoại với doanh nghiệp",
            ],
            [
                "người dân đến làm thủ tục", "tổ chức, doanh nghiệp", "người cao tuổi", "người khuyết tật",
                "gia đình có trẻ dưới 6 tuổi", "hộ kinh doanh cá thể", "công dân ở xa", "các nhà đầu tư",
            ],
            [
                "tiếp nhận hồ sơ", "hướng dẫn nộp hồ sơ trực tuyến", "trả kết quả tận nhà", "số hóa hồ sơ, giấy tờ",
                "rút ngắn thời gian giải quyết", "niêm yết công khai thủ tục", "lấy ý kiến hài lòng của người dân",
                "đối thoại định kỳ với nhân dân", "xin lỗi khi hồ sơ trễ hẹn", "cài đặt ứng dụng định danh điện tử",
            ],
            [
                "không có hồ sơ trễ hẹn", "sự hài lòng của người dân tăng", "thủ tục được giải quyết nhanh gọn",
                "mối quan hệ giữa chính quyền và nhân dân gắn bó hơn", "tỷ lệ hồ sơ trực tuyến tăng",
            ],
            ["hồ sơ", "lượt công dân", "thủ tục", "tài khoản định danh", "phiếu khảo sát", "buổi đối thoại"],
            ["cải cách hành chính", "dịch vụ công", "một cửa", "chuyển đổi số", "thân thiện", "hộ tịch", "trách nhiệm"]),
        new(
            "moi-truong-giao-duc",
            "Môi trường giáo dục",
            "Mô hình xây dựng môi trường giáo dục, cảnh quan sư phạm, nâng cao chất lượng giáo dục trên tất cả các mặt hoạt động",
            [
                "Thư viện xanh", "Mỗi tuần một câu chuyện đẹp", "Người bạn đồng hành", "Ba thực chất",
                "Trường học hạnh phúc", "Góc học tập và làm theo Bác", "Kể chuyện dưới cờ", "Thầy cô là tấm gương đạo đức",
                "Lớp học thân thiện", "Đôi bạn cùng tiến", "Nuôi heo đất giúp bạn", "Sân trường xanh - sạch - đẹp",
                "Tủ sách lớp học", "Giờ ra chơi vui vẻ", "Tiết kiệm điện, nước trong trường học", "Mỗi thầy cô một sáng kiến",
                "Góc thân thiện", "Ngày hội đọc sách",
            ],
            [
                "học sinh", "học sinh có hoàn cảnh khó khăn", "trẻ mầm non", "giáo viên trẻ", "cha mẹ học sinh",
                "học sinh dân tộc thiểu số", "học sinh yếu kém", "đội viên, thiếu nhi",
            ],
            [
                "kể chuyện về Bác dưới cờ", "xây dựng góc thư viện xanh", "trồng cây, chăm sóc bồn hoa", "đỡ đầu học sinh",
                "phụ đạo miễn phí", "tổ chức ngày hội đọc sách", "đổi mới phương pháp giảng dạy", "ghép đôi bạn cùng tiến",
                "dạy học gắn với trải nghiệm", "nuôi heo đất giúp bạn",
            ],
            [
                "học sinh yêu thích đọc sách", "chất lượng dạy và học được nâng lên", "không có học sinh bỏ học",
                "cảnh quan sư phạm xanh, sạch, đẹp", "học sinh mạnh dạn, tự tin", "tỷ lệ học sinh khá giỏi tăng",
            ],
            ["đầu sách", "học sinh", "suất học bổng", "câu chuyện", "tiết dạy", "cặp đôi bạn", "bồn hoa"],
            ["giáo dục", "thư viện", "đọc sách", "học sinh", "trường học", "kể chuyện", "đạo đức"]),
        new(
            "ton-giao-an-toan-giao-thong",
            "Bà con có đạo và an toàn giao thông",
            "Tuyên truyền, vận động bà con có đạo tham gia công tác bảo đảm trật tự an toàn giao thông",
            [
                "Ba không", "Tín đồ các tôn giáo với an toàn giao thông", "Tuyến đường an toàn giao thông",
                "Giáo xứ an toàn giao thông", "Cổng trường an toàn giao thông", "Đưa đón học sinh an toàn",
                "Đã uống rượu bia không lái xe", "Tổ tự quản về an ninh trật tự", "Tiếng kẻng an ninh",
                "Dòng họ không có tội phạm và tệ nạn xã hội", "Giáo xứ bình yên", "Chùa không có người vi phạm giao thông",
                "Đội mô tô dẫn đoàn an toàn", "Tổ nhân dân tự quản an toàn giao thông",
            ],
            [
                "bà con giáo dân", "phật tử", "tín đồ các tôn giáo", "học sinh đi xe đạp điện", "thanh thiếu niên",
                "người điều khiển xe mô tô", "các chức sắc, chức việc", "hộ dân ven quốc lộ 20",
            ],
            [
                "tuyên truyền luật giao thông", "ký cam kết không vi phạm", "phát tờ rơi sau thánh lễ",
                "tặng mũ bảo hiểm đạt chuẩn", "phân luồng giao thông trong lễ lớn", "phát quang tầm nhìn tại các khúc cua",
                "duy tu các tuyến đường hư hỏng", "lắp biển cảnh báo", "tuần tra, nhắc nhở vào ban đêm",
            ],
            [
                "không có tai nạn giao thông nghiêm trọng", "ý thức chấp hành luật giao thông được nâng lên",
                "khối đại đoàn kết toàn dân tộc được củng cố", "an ninh trật tự ổn định", "bà con tin tưởng, đồng thuận",
            ],
            ["mũ bảo hiểm", "bản cam kết", "tờ rơi", "biển cảnh báo", "buổi tuyên truyền", "lượt tuần tra"],
            ["an toàn giao thông", "tôn giáo", "giáo xứ", "mũ bảo hiểm", "an ninh trật tự", "tự quản"]),
    ];
}
