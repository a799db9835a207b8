"""Names on general news (issue 9): organisations, persons and places beyond the visit rules'
titles, and the people the whole archive knows. Sentences written for these tests."""

from __future__ import annotations

import pytest

from app.ingest.article import Block, CleanArticle
from app.nlp.entities import extract_entities
from app.nlp.known_names import KnownNames, names_to_settle
from app.nlp.reading import read


def names(*paragraphs: str, known: KnownNames | None = None) -> set[tuple[str, str]]:
    article = CleanArticle(title="", blocks=[Block("paragraph", p) for p in paragraphs])
    found = extract_entities(read(article), known) if known else extract_entities(read(article))
    return {(e.type, e.name) for e in found}


ORG, PER, LOC = "organization", "person", "location"

# (sentence, an entity it must have, names it must not have)
CASES = [
    # a verb after a name is the sentence going on
    ("Báo Thanh Niên nêu rõ số liệu mới.", (ORG, "Báo Thanh Niên"), [(ORG, "Báo Thanh Niên nêu")]),
    ("Chính phủ Pháp yêu cầu Bộ Tài chính báo cáo.", (ORG, "Chính phủ Pháp"), [(ORG, "Chính phủ Pháp yêu cầu")]),
    ("Công an quận Ba Đình thụ lý vụ việc.", (ORG, "Công an quận Ba Đình"), [(ORG, "Công an quận Ba Đình thụ lý")]),
    # head nouns the visit rules lacked
    ("Nhà máy Xi măng Hải Phòng tạm dừng sản xuất.", (ORG, "Nhà máy Xi măng Hải Phòng"), []),
    ("Xí nghiệp liên doanh Petroxa khoan giếng mới.", (ORG, "Xí nghiệp liên doanh Petroxa"), []),
    ("Hãng tin Bloomberg dẫn nguồn tin giấu tên.", (ORG, "Bloomberg"), [(ORG, "Hãng tin Bloomberg")]),
    ("Hãng tin Sao Mai dẫn nguồn tin giấu tên.", (ORG, "Hãng tin Sao Mai"), []),
    ("Hãng Reuters ngày 14.6 đưa tin về vụ việc.", (ORG, "Reuters"), [(ORG, "Hãng Reuters")]),
    # company_suffixes.txt: a company named by its brand and a company word, or a bank's glued suffix
    ("Hành khách của Turkish Airlines bị cấm mang máy tính.", (ORG, "Turkish Airlines"), []),
    ("Tiền được gửi qua Sacombank, TPBank và Eximbank.", (ORG, "TPBank"), [(ORG, "Tiền")]),
    # source_named_bare: the paper a story is taken from, named alone after "Theo"
    ("Theo Independent, hai chỉ huy bị tiêu diệt.", (ORG, "Independent"), []),
    ("Một vài cầu thủ xô xát (Theo Daily Mail).", (ORG, "Daily Mail"), []),
    ("Tổng thống Nga Vladimir Putin phát biểu. Theo Putin, hai nước cần đối thoại.", (PER, "Vladimir Putin"),
     [(ORG, "Putin")]),
    ("Theo Washington, hai nước cần đối thoại.", (LOC, "Oa-sinh-tơn"), [(ORG, "Washington")]),
    ("Theo John, hai nước cần đối thoại.", None, [(ORG, "John")]),
    ("Theo TS. Thủy, con đê cần được giữ.", None, [(ORG, "TS")]),
    ("Các trường là Đại học Bách Khoa Hà Nội, Đại học Kinh tế quốc dân.", (ORG, "Đại học Kinh tế quốc dân"),
     [(ORG, "Đại học Kinh tế")]),
    ("Theo Bộ GD-ĐT, kỳ thi năm nay có nhiều thay đổi.", (ORG, "Bộ Giáo dục và Đào tạo"), [(ORG, "Bộ GD-ĐT")]),
    # arabic_name: an untitled Arabic name, a given name or "Abu" first and an article particle last
    ("Nga nói đã tiêu diệt thủ lĩnh Abu Bakr al-Baghdadi trong một đợt không kích.", (PER, "Abu Bakr al-Baghdadi"),
     []),
    ("Tổng thống Ai Cập Abdel Fattah el-Sisi tiếp Ngoại trưởng Mỹ.", (PER, "Abdel Fattah el-Sisi"), []),
    ("Phiến quân rút khỏi Deir al-Zor và Abu Kamal.", None, [(PER, "Deir al-Zor"), (PER, "Abu Kamal")]),
    # places: a three-syllable district after its word is the district's ("Từ" is also a family name),
    # an avenue keeps its word, Vietnam's regions by name
    ("Người dân phường Tây Mỗ, quận Nam Từ Liêm phản ánh.", (LOC, "Nam Từ Liêm"), [(LOC, "Nam")]),
    ("Xe chạy trên đại lộ Phạm Văn Đồng về hướng sân bay.", (LOC, "đại lộ Phạm Văn Đồng"),
     [(PER, "Phạm Văn Đồng")]),
    ("Mưa lớn ở đồng bằng sông Hồng.", (LOC, "Đồng bằng sông Hồng"), [(LOC, "sông Hồng")]),
    ("Nắng nóng ở miền Tây Nam Bộ kéo dài.", (LOC, "Tây Nam Bộ"), []),
    ("Hải quân Iran đã điều một đội tàu chiến tới Oman.", (ORG, "Hải quân Iran"), []),
    ("Công an Q.Thủ Đức (TP.HCM) quyết định không khởi tố.", (ORG, "Công an quận Thủ Đức"), [(ORG, "Công an Q")]),
    ("Theo Cục Y tế dự phòng (Bộ Y tế), thời tiết thay đổi.", (ORG, "Cục Y tế dự phòng"), [(ORG, "Cục Y tế")]),
    ("Cả hai đều vào tứ kết. Q.H (Tổng hợp)", None, [(LOC, "H"), (LOC, "Q.H")]),
    ("Ông gặp đại diện của Thái tử Các Tiểu vương quốc Arab thống nhất (UAE) ngày 7/6.",
     (LOC, "Các Tiểu Vương quốc Ả Rập Thống nhất"), [(PER, "Các Tiểu")]),
    # titles and honorifics as news writes them: "Vua", a spokesperson in lower case, "Tiến sỹ"
    ("Tổng thống Italy Sergio Mattarella và Vua Philippe của Bỉ.", (PER, "Philippe"), [(PER, "Vua Philippe")]),
    ("Theo người phát ngôn Bộ Ngoại giao Mỹ Heather Nauert, còn quá sớm.", (PER, "Heather Nauert"), []),
    ("Bài viết của Tiến sỹ Detlef Pries được đăng tải.", (PER, "Detlef Pries"), []),
    ("Thượng nghị sỹ Mỹ John McCain phát biểu tại Sydney.", (PER, "John McCain"), [(LOC, "Mỹ")]),
    ("Hãng Vinaxuki ra mắt mẫu xe mới.", (ORG, "Hãng Vinaxuki"), [(ORG, "Vinaxuki")]),
    ("Câu lạc bộ Sông Lam Nghệ An thắng trận.", (ORG, "Câu lạc bộ Sông Lam Nghệ An"), []),
    # bodies named by their head alone
    ("Bộ Chính trị đã họp phiên thường kỳ.", (ORG, "Bộ Chính trị"), []),
    ("Ban Bí thư ban hành chỉ thị mới.", (ORG, "Ban Bí thư"), []),
    ("Ngân hàng Nhà nước điều chỉnh lãi suất.", (ORG, "Ngân hàng Nhà nước"), []),
    # a bare generic head is still no name
    ("Bộ và Sở đã thống nhất phương án.", None, [(ORG, "Bộ"), (ORG, "Sở")]),
    # lower-case words that belong inside a name
    ("Viện Nghiên cứu phát triển bền vững công bố báo cáo.", (ORG, "Viện Nghiên cứu phát triển"), []),
    ("Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định khởi tố bị can.",
     (ORG, "Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định"), [(ORG, "Cơ quan Cảnh sát")]),
    ("Vụ việc do Công an TP Phan Rang điều tra, xử lý.", None, [(ORG, "Công an thành phố Phan Rang điều tra")]),
    ("Tòa án Trọng tài quốc tế ra phán quyết.", (ORG, "Tòa án Trọng tài quốc tế"), [(ORG, "Tòa án Trọng tài")]),
    # a name is not cut at an inner word that is also a common word
    ("Đảng Dân chủ Hàn Quốc giành đa số ghế.", (ORG, "Đảng Dân chủ Hàn Quốc"), [(ORG, "Đảng Dân")]),
    ("Ông Trần Văn Sáng trình bày kế hoạch.", (PER, "Trần Văn Sáng"), [(PER, "Trần Văn")]),
    ("Bà Lê Thị Nhân phát biểu tại hội nghị.", (PER, "Lê Thị Nhân"), [(PER, "Lê Thị")]),
    # organisations named without a head noun: agencies, media, companies
    ("Theo Reuters, Google và Facebook đã ký thỏa thuận.", (ORG, "Reuters"), []),
    ("Theo Reuters, Google và Facebook đã ký thỏa thuận.", (ORG, "Facebook"), []),
    # an acronym in brackets is the name before it
    ("Tổ chức Thương mại Thế giới (WTO) họp tại Geneva.", (ORG, "Tổ chức Thương mại Thế giới"), [(ORG, "WTO")]),
    # an agency credit is who sent the story
    ("Hai bên ký biên bản ghi nhớ. TTXVN/Tin Tức", None, [(ORG, "Thông tấn xã Việt Nam")]),
    # initials inside a name
    ("Tổng thống George W. Bush thăm Hà Nội.", (PER, "George W. Bush"), [(PER, "George W")]),
    # places with their place word
    ("Lũ cuốn trôi cầu ở xã Phú Lộc, huyện Hòa Vang.", (LOC, "Phú Lộc"), []),
    ("Cửa hàng trên đường Trần Quang Khải, quận 1 bị cháy.", (LOC, "đường Trần Quang Khải"), []),
    ("Cửa hàng trên đường Trần Quang Khải, quận 1 bị cháy.", (LOC, "quận 1"), [(PER, "Trần Quang Khải")]),
    ("Chủ tịch UBND phường Tân Định Lê Văn Tám cho biết.", (PER, "Lê Văn Tám"), [(PER, "Định Lê Văn Tám")]),
    ("Con đường Đổi mới còn dài.", None, [(LOC, "đường Đổi")]),
    ("Ông phát biểu tại diễn đàn an ninh khu vực Đối thoại Shangri-La ở Singapore.", (LOC, "Singapore"),
     [(LOC, "Đối")]),
    ("Mưa lớn ở khu vực Tây Nguyên.", (LOC, "Tây Nguyên"), []),
    ("Binh sĩ Pháp đóng ở khu vực Xa-hen ở châu Phi.", (LOC, "Xa-hen"), []),
    ("Căng thẳng leo thang ở khu vực", None, [(LOC, "khu vực")]),  # a place word last: no name, no crash
    ("Công an xã Hòa Tiến Nguyễn Văn Hùng cho biết.", (ORG, "Công an xã Hòa Tiến"),
     [(ORG, "Công an xã Hòa Tiến Nguyễn Văn Hùng")]),
    # a titled short foreign name takes the full name of its paragraph
    ("Ông Marek Kowalczyk đến sớm. Người phát ngôn Kowalczyk cho biết lịch trình.",
     (PER, "Marek Kowalczyk"), [(PER, "Kowalczyk")]),
    ("Thống đốc tỉnh Kanagawa Kuroda nói. Ông Kuroda đến sớm.", None, [(PER, "Kanagawa Kuroda")]),
    # a foreign full name after the place of an office's body is the person
    ("Thứ trưởng Bộ Ngoại giao Ba Lan Marek Kowalczyk đến.", (PER, "Marek Kowalczyk"),
     [(ORG, "Bộ Ngoại giao Ba Lan Marek Kowalczyk")]),
    # a Korean given name is hyphenated: two words are a full name
    ("Nhà lãnh đạo là Kim Jong-un đã thị sát.", (PER, "Kim Jong-un"), []),
    # credits of photos
    ("Các đại biểu chụp ảnh. Ảnh: Minh Đức - TTXVN", None, [(ORG, "Thông tấn xã Việt Nam")]),
    # a name written in capitals word by word is whole: the lower-case word after it is the sentence
    ("Báo Nhân Dân đăng bài xã luận về kinh tế.", (ORG, "Báo Nhân Dân"), [(ORG, "Báo Nhân Dân đăng")]),
    ("Theo Báo Lao Động rằng giá xăng sẽ tăng.", (ORG, "Báo Lao Động"), [(ORG, "Báo Lao Động rằng")]),
    ("Báo Tiền Phong lần đầu tổ chức giải chạy.", (ORG, "Báo Tiền Phong"), [(ORG, "Báo Tiền Phong lần")]),
    ("Đảng Cộng sản Việt Nam lãnh đạo đất nước.", (ORG, "Đảng Cộng sản Việt Nam"), []),
    ("Viện Hàn lâm Khoa học Xã hội Việt Nam công bố.", (ORG, "Viện Hàn lâm Khoa học Xã hội Việt Nam"), []),
    # a foreign name ends before the next sentence whose full stop was lost
    ("Tổng thống Mỹ Donald Trump Vị tổng thống trẻ tuổi của Pháp đã tiếp ông.",
     (PER, "Donald Trump"), [(PER, "Donald Trump Vị")]),
    ("Bộ trưởng Ngoại giao Nga Sergei Lavrov Hôm qua đã nói thêm.", (PER, "Sergei Lavrov"),
     [(PER, "Sergei Lavrov Hôm")]),
    ("Tổng thống Donald Trump Khu nghỉ dưỡng này rộng. Ông mua khu nghỉ dưỡng năm 1985.",
     (PER, "Donald Trump"), [(PER, "Donald Trump Khu")]),
    ("Bộ trưởng Ngoại giao Ecuador Guillaume Long hối thúc Anh.", (PER, "Guillaume Long"), []),
    ("Phóng viên Hà Linh  Trump thề sẽ làm.", None, [(PER, "Hà Linh  Trump"), (PER, "Hà Linh Trump")]),
    # a capitalised title keeps its country: "Tổng Thống Mỹ" names no "Mỹ Donald Trump"
    ("Tổng Thống Mỹ Donald Trump còn sở hữu khu nghỉ dưỡng.", (PER, "Donald Trump"), [(PER, "Mỹ Donald Trump")]),
    ("Thủ tướng sẽ yết kiến Nhà Vua Nhật Bản vào ngày mai.", None, [(PER, "Nhật Bản")]),
    # what follows a title is no person when it is a place or an institution named after one
    ("Ông Lê Văn An, Chánh Văn phòng UBND quận Sơn Trà cho biết.", (PER, "Lê Văn An"), [(PER, "Sơn Trà")]),
    ("Bà Trần Thị Hoa, Hiệu trưởng trường Mầm non Mai Dịch cho biết.", (PER, "Trần Thị Hoa"),
     [(PER, "Mai Dịch")]),
    ("Hiệu trưởng trường THPT Nguyễn Trãi đã phát biểu.", None, [(PER, "Nguyễn Trãi")]),
    ("Ông Phạm Văn Bình, Phó tổng giám đốc Honda Việt Nam cho biết.", (PER, "Phạm Văn Bình"),
     [(PER, "Việt Nam")]),
    ("Chủ tịch UBND quận Hoàn Kiếm Nguyễn Văn An đã phát biểu.", (PER, "Nguyễn Văn An"), []),
    ("Bộ trưởng Bộ Công an Tô Lâm đã phát biểu.", (PER, "Tô Lâm"), []),
    ("Ông Lê Minh Tâm thôi giữ chức Bí thư Quận ủy Thanh Khê.", (PER, "Lê Minh Tâm"), [(PER, "Thanh Khê")]),
    ("Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.", (PER, "Nguyễn Văn An"), []),
    ("Chủ tịch nước Trần Văn An tiếp khách.", (PER, "Trần Văn An"), []),
    ("Ý kiến của Ủy viên Ủy ban Tư pháp Nguyễn Thái Hòa được bổ sung.", (PER, "Nguyễn Thái Hòa"), [(PER, "Thái Hòa")]),
    ("Chủ tịch Ủy ban châu Âu Jean-Claude Juncker phát biểu.", (PER, "Jean-Claude Juncker"), []),
    ("Đón đoàn có Tỉnh trưởng Tỉnh Phúc Kiến Vũ Vi Quân và các quan chức.", (PER, "Vũ Vi Quân"),
     [(PER, "Tỉnh Phúc Kiến Vũ Vi Quân")]),
    ("Bà Vũ Ngọc Hoa - Hiệu trưởng Trường Mầm non Mai Dịch - cho biết.", (PER, "Vũ Ngọc Hoa"), [(PER, "Mai Dịch")]),
    ("Khu dự trữ sinh quyển Cù Lao Chàm đón nhiều khách.", (LOC, "Cù Lao Chàm"), [(PER, "Cù Lao Chàm")]),
    ("Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị.", (ORG, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), []),
    ("Công an TP.HCM đang điều tra vụ việc.", (ORG, "Công an thành phố Hồ Chí Minh"), []),
    ("Đài Truyền hình Kỹ thuật số VTC phát sóng.", (ORG, "Đài Truyền hình Kỹ thuật số VTC"), []),
    # the writer and the agency after the last sentence; a caption's credit glued to the next one
    ("Sản lượng tăng so với năm trước. Hà Minh  (TTXVN)", None, [(ORG, "Thông tấn xã Việt Nam")]),
    ("Hai bên hội đàm. Ảnh: Minh Đức - TTXVN Tiếp đó hai bên ký kết.", None, [(ORG, "Thông tấn xã Việt Nam")]),
    ("Hai bên hội đàm. Ảnh: AFP/ TTXVN Tiếp đó hai bên ký kết.", None, [(ORG, "Thông tấn xã Việt Nam")]),
    ("Phóng viên Thông tấn xã Việt Nam (TTXVN) đưa tin.", (ORG, "Thông tấn xã Việt Nam"), []),
    ("Ông sẽ hội đàm với Tổng thống nước chủ nhà Reuven Rivlin.", (PER, "Reuven Rivlin"), []),
    # an abbreviated word inside a name is spelt out; an acronym head opens the name (name_abbreviations.tsv)
    ("Dự án do Trung tâm CNTT của Bộ triển khai.", (ORG, "Trung tâm Công nghệ thông tin"), [(ORG, "Trung tâm CNTT")]),
    ("Cơ quan CSĐT Công an tỉnh Bắc Ninh đã khởi tố vụ án.",
     (ORG, "Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Ninh"), []),
    ("TAND quận 3 xét xử vụ án vào tuần sau.", (ORG, "Tòa án nhân dân quận 3"), [(LOC, "quận 3")]),
    ("Sáng nay Chủ tịch UBTW MTTQ VN Lê Văn An chủ trì.", (ORG, "Mặt trận Tổ quốc Việt Nam"),
     [(ORG, "Mặt trận Tổ quốc VN")]),
    # a body better known by its acronym keeps it
    ("Các nhà lãnh đạo APEC nhóm họp tại Đà Nẵng.", (ORG, "APEC"), []),
    ("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương họp ở Lima.", (ORG, "APEC"), []),
    ("Nhóm G7 bàn về thương mại.", (ORG, "G7"), []),
    # a head written in lower case opens a name when one follows (lowercase_org_heads.txt)
    ("Bộ phim do công ty Sao Việt phát hành.", (ORG, "Công ty Sao Việt"), []),
    ("Bệnh nhân được chuyển tới bệnh viện đa khoa tỉnh Nam Định.", (ORG, "Bệnh viện đa khoa tỉnh Nam Định"), []),
    ("Lợi nhuận của tập đoàn Sony giảm mạnh.", (ORG, "Sony"), [(ORG, "Tập đoàn Sony")]),  # before a brand it describes
    ("Trang trại của công ty TH Truemilk ở Nga.", (ORG, "TH Truemilk"), [(ORG, "Công ty TH Truemilk")]),
    ("Người phát ngôn của chính phủ Hungary cho biết.", (ORG, "Chính phủ Hungary"), []),
    ("Học sinh trường THCS Nguyễn Du đạt giải nhất.", (ORG, "Trường THCS Nguyễn Du"), [(PER, "Nguyễn Du")]),
    ("Hàng Việt bán chạy ở thị trường Nhật Bản.", (LOC, "Nhật Bản"), [(ORG, "Trường Nhật Bản")]),
    ("Đoàn đã đến thăm các trường THPT, các bệnh viện.", None, [(ORG, "Trường THPT")]),
    ("Cô ấy làm ở công ty Lê Văn Hải nói.", None, [(ORG, "Công ty Lê Văn Hải")]),
    # a lower-case media word only describes the name after it
    ("Như báo Hoa Học Trò đã đưa tin, vụ việc còn tiếp diễn.", (ORG, "Hoa Học Trò"), [(ORG, "Báo Hoa Học Trò")]),
    ("Trận đấu phát trên kênh K+1 và kênh HTV7.", (ORG, "HTV7"), []),
    ("Theo tờ Lidovky.cz, hai bên đã thỏa thuận.", (ORG, "Lidovky.cz"), [(ORG, "Lidovky")]),
    # "và" joins words of one name, not two names
    ("Trận đấu phát trên VTV3 và FPTplay tối nay.", None, [(ORG, "VTV3 và FPTplay")]),
    ("Hợp tác giữa Tập đoàn Dầu khí Việt Nam và Rosneft được mở rộng.", (ORG, "Tập đoàn Dầu khí Việt Nam"),
     [(ORG, "Tập đoàn Dầu khí Việt Nam và Rosneft")]),
    ("Báo Tiền Phong và Tuổi Trẻ cuối tuần phối hợp.", (ORG, "Báo Tiền Phong"), [(ORG, "Báo Tiền Phong và Tuổi Trẻ")]),
    ("Bộ Tài nguyên và Môi trường chỉ đạo.", (ORG, "Bộ Tài nguyên và Môi trường"), []),
    # a government named by its leader is no body of that name
    ("Chính sách của chính phủ Obama gây tranh cãi.", None, [(ORG, "Chính phủ Obama")]),
    ("Nội các Abe tuyên bố từ chức.", None, [(ORG, "Nội các Abe")]),
    ("Chính phủ Hoàng gia Thái Lan ra thông báo.", (ORG, "Chính phủ Hoàng gia Thái Lan"), []),
    # a venue whole by itself ends before a title or a person's name
    ("Tại Nhà Trắng Tổng thống Barack Obama tiếp ông.", (LOC, "Nhà Trắng"), [(LOC, "Nhà Trắng Tổng thống Barack Obama")]),
    ("Cố vấn Nhà Trắng John Kelly từ chức.", (PER, "John Kelly"), [(LOC, "Nhà Trắng John Kelly")]),
    ("Trợ lý kinh tế Điện Kremlin Yuri Ushakov cho biết.", (PER, "Yuri Ushakov"), [(LOC, "Điện Kremlin Yuri Ushakov")]),
    ("Lễ đón diễn ra tại Phủ Tổng thống Union Buildings.", (LOC, "Phủ Tổng thống Union Buildings"), []),
    # an initial and a space open a foreign name; a place ends an organisation before one
    ("Cố vấn An ninh Quốc gia Mỹ H. R. McMaster đến Seoul.", (PER, "H. R. McMaster"),
     [(ORG, "An ninh Quốc gia Mỹ H")]),
    ("Trợ lý Hội đồng Kinh tế Quốc gia Mỹ J. K. Lee phát biểu.", (PER, "J. K. Lee"), []),
    ("Gia đình bàng hoàng trước cái chết của anh H. Chia sẻ với phóng viên, bà nói.", None,
     [(PER, "H. Chia"), (PER, "H. Chia sẻ")]),
    ("Lễ đón tại Phủ Tổng thống Malacañang diễn ra trọng thể.", (LOC, "Phủ Tổng thống Malacañang"), []),
    # a famous lake is no person named Hồ
    ("Buổi tối du khách đi dạo quanh Hồ Hoàn Kiếm.", (LOC, "Hồ Hoàn Kiếm"), [(PER, "Hồ Hoàn Kiếm")]),
    # a paper's or channel's name ending in a media word (media_suffixes.txt)
    ("Theo Jakarta Post, hai bên đã thỏa thuận.", (ORG, "Jakarta Post"), [(LOC, "Jakarta")]),
    ("Nguồn tin của VTC News cho biết thêm.", (ORG, "VTC News"), [(ORG, "Đài Truyền hình Kỹ thuật số VTC News")]),
    ("Theo Người Lao Động Online, giá vàng tăng.", (ORG, "Người Lao Động Online"), []),
    # a national team named by its age group and country (team_heads.txt)
    ("U23 Thái Lan thắng U23 Việt Nam 2-1.", (ORG, "U23 Thái Lan"), [(LOC, "Thái Lan")]),
    ("U19 Nhật Bản vào bán kết.", (ORG, "U19 Nhật Bản"), []),
    # words of a name right after its head; lower-case words after a two-word head, then the country
    ("Phóng viên Báo điện tử Dân Trí có mặt.", (ORG, "Báo điện tử Dân Trí"), []),
    ("Trụ sở Cơ quan an ninh mạng Nhật Bản bị tấn công.", (ORG, "Cơ quan an ninh mạng Nhật Bản"), []),
    ("Ngày Báo chí cách mạng Việt Nam được kỷ niệm.", None, [(ORG, "Báo chí cách mạng Việt Nam")]),
    ("Hội nhập quốc tế Việt Nam sâu rộng.", None, [(ORG, "Hội nhập quốc tế Việt Nam")]),
    # a capitalised clause word after a name opens a sentence whose full stop was lost
    ("Ông chúc mừng Báo điện tử Dân Trí Nhân dịp kỷ niệm ngày thành lập.", (ORG, "Báo điện tử Dân Trí"),
     [(ORG, "Báo điện tử Dân Trí Nhân")]),
    ("Ủy ban Nhân dân tỉnh Nghệ An họp phiên thường kỳ.", (ORG, "Ủy ban Nhân dân tỉnh Nghệ An"), []),
    # Vietnamese words taken back from a title's qualifier as a name start with a family name
    ("Tổng biên tập Báo điện tử Dân Trí cảm ơn sự quan tâm.", None, [(PER, "Dân Trí")]),
    # a name in brackets after the full name is its short form
    ("Tổ chức Cảnh sát hình sự quốc tế (Interpol) phát lệnh truy nã. Interpol cho biết thêm.",
     (ORG, "Tổ chức Cảnh sát hình sự quốc tế"), [(ORG, "Interpol"), (ORG, "Tổ chức Cảnh sát")]),
    # "TP." glued to the city's name is its place word; PCCC opens a fire service's name
    ("Ông đến Công an TP.Tam Kỳ trình báo.", (ORG, "Công an thành phố Tam Kỳ"), [(ORG, "Công an TP")]),
    ("Khách sạn ở TP.Tam Kỳ kín phòng.", (LOC, "Tam Kỳ"), []),
    ("PCCC quận 5 điều động ba xe chữa cháy.", (ORG, "PCCC quận 5"), [(LOC, "quận 5")]),
    ("Lực lượng PCCC đã có mặt.", None, [(ORG, "PCCC")]),
    # a name listed in lower case is a name when written so
    ("Phiến quân al-Qaeda nhận trách nhiệm.", (ORG, "al-Qaeda"), []),
    # a foreign name neither opens nor ends with a country (the country qualifies the title)
    ("Thủ tướng tiếp Đại diện Thương mại Hoa Kỳ Robert Lighthizer.", (PER, "Robert Lighthizer"),
     [(PER, "Hoa Kỳ Robert Lighthizer")]),
    ("Tổng thống Rodrigo Duterte Philippines cần vũ khí.", (PER, "Rodrigo Duterte"),
     [(PER, "Rodrigo Duterte Philippines")]),
    ("Thủ tướng Israeli Benjamin Netanyahu phát biểu.", (PER, "Benjamin Netanyahu"),
     [(PER, "Israeli Benjamin Netanyahu")]),
    ("Tổng Giám đốc Volkswagen Việt Nam Võ Tuấn Anh phát biểu.", (PER, "Võ Tuấn Anh"),
     [(PER, "Việt Nam Võ Tuấn Anh")]),
    ("Thủ tướng Nhật Shinzo Abe phát biểu.", (PER, "Shinzo Abe"), [(PER, "Nhật Shinzo Abe")]),
    # a league after a coach's title names no one
    ("Ông được bầu là HLV hay nhất La Liga mùa này.", None, [(PER, "La Liga")]),
    # a name written twice is a typo
    ("Tổng thống Moon Moon Jae-in nhấn mạnh.", (PER, "Moon Jae-in"), [(PER, "Moon Moon Jae-in")]),
    ("Chủ tịch Trung Quốc Tập Cận Bình Tập Cận Bình đại diện.", (PER, "Tập Cận Bình"),
     [(PER, "Tập Cận Bình Tập Cận Bình")]),
    # a Vietnamese name may end in a country's word
    ("Bà Nguyễn Thị Hằng Nga phát biểu.", (PER, "Nguyễn Thị Hằng Nga"), []),
    # villages, hamlets and islands with their word; an island keeps it, a village does not
    ("Đoàn về thôn Đông Lạc, xã Tân Hưng, huyện Sóc Sơn.", (LOC, "Đông Lạc"), [(LOC, "thôn Đông Lạc")]),
    ("Hai ngôi nhà ở xóm Bến Đò bị sạt lở.", (LOC, "Bến Đò"), []),
    ("Tàu cá cập đảo Bạch Long trong đêm.", (LOC, "đảo Bạch Long"), [(LOC, "Bạch Long")]),
    ("Tranh chấp quanh bán đảo Santa Rosa kéo dài.", (LOC, "bán đảo Santa Rosa"), []),
    ("Binh sĩ được điều tới đảo Mindanao.", (LOC, "Mindanao"), [(LOC, "đảo Mindanao")]),
    # a district whose first syllable is a one-word country's name is the district
    ("Anh trú tại huyện Ý Yên, tỉnh Nam Định.", (LOC, "Ý Yên"), [(LOC, "Italy")]),
    ("Lũ quét qua huyện Anh Sơn.", (LOC, "Anh Sơn"), [(LOC, "Vương quốc Anh")]),
    # an unknown place named by the larger place after it
    ("Bà Lê Thị Hoa, trú tại Bình Xuyên (Vĩnh Phúc), cho biết.", (LOC, "Bình Xuyên"), []),
    ("Ý kiến của chị Trần Thị Mai (Đông Triều, Quảng Ninh) được chuyển đi.", (LOC, "Đông Triều"),
     [(PER, "Đông Triều")]),
    ("Nhà máy đặt ở Greenville, South Carolina từ năm 1994.", (LOC, "Greenville"), []),
    ("Hội nghị họp tại Taormina, Ý vào tháng 5.", (LOC, "Taormina"), []),
    # ...not a person's residence, an actor's name in brackets or a sentence's first word
    ("Anh Nguyễn Văn Tâm (Hà Nội) gửi thư.", (PER, "Nguyễn Văn Tâm"), [(LOC, "Nguyễn Văn Tâm")]),
    ("Khi Hùng (Anh Tuấn đóng) trở về, bà khóc.", None, [(LOC, "Khi Hùng"), (LOC, "Hùng")]),
    ("Vinamilk (Hà Nội) công bố kết quả.", None, [(LOC, "Vinamilk")]),
    ("Ông gặp Pierre Dubois, Pháp và Hans Müller, Đức.", None, [(LOC, "Dubois"), (LOC, "Pierre Dubois")]),
    # states, regions and historical names news uses
    ("Ông thăm Tennessee và Alabama.", (LOC, "Tennessee"), []),
    ("Các khu định cư ở Đông Jerusalem và Bờ Tây mở rộng.", (LOC, "Bờ Tây"), []),
    ("Trước đây, Liên Xô đã đào tạo nhiều kỹ sư.", (LOC, "Liên Xô"), []),
    ("Thị trưởng Rome Virginia Raggi phát biểu.", (PER, "Virginia Raggi"), [(LOC, "Virginia")]),
    # a body's term is not part of its name; a bare Quốc hội names no country and is left out
    ("Cử tri bầu đại biểu Quốc hội khóa XIV.", None, [(ORG, "Quốc hội khóa XIV")]),
    # a company named once without its trade's words is the one named with them
    ("Đoàn thăm Tập đoàn Dầu khí Petrovna. Tập đoàn Petrovna là đối tác lớn.", (ORG, "Tập đoàn Dầu khí Petrovna"),
     [(ORG, "Tập đoàn Petrovna")]),
    ("Tập đoàn Điện tử Sanko và Tập đoàn Ô tô Sanko cùng ký. Tập đoàn Sanko cho biết.", None, []),
    # a police chief's office is a title, not a body beside him
    ("Trưởng Công an xã Tân Hòa Nguyễn Văn Lâm xác nhận vụ việc.", (PER, "Nguyễn Văn Lâm"),
     [(ORG, "Công an xã Tân Hòa")]),
]

# (sentence, people it must have with their titles, names it must not have) — culture, sport and
# crime news, where people are named by an occupation or a noun, not an office
PEOPLE = [
    ("Phim có sự góp mặt của diễn viên Hồng Vân, Anh Thư trong vai chính.",
     [("Hồng Vân", "diễn viên"), ("Anh Thư", "diễn viên")], [(LOC, "Vương quốc Anh")]),
    ("Đêm nhạc quy tụ nhiều ca sĩ quen thuộc như Thu Minh, Hà Anh Tuấn và Tùng Dương.",
     [("Thu Minh", "ca sĩ"), ("Hà Anh Tuấn", "ca sĩ"), ("Tùng Dương", "ca sĩ")], []),
    ("Khán giả cổ vũ ca sĩ Mỹ Linh suốt đêm.", [("Mỹ Linh", "ca sĩ")], [(LOC, "Hoa Kỳ")]),
    ("Chương trình do MC Trấn Thành dẫn.", [("Trấn Thành", "MC")], []),
    ("Theo chuyên gia tâm lý Nguyễn Thị Mai, trẻ cần được lắng nghe.", [("Nguyễn Thị Mai", "chuyên gia tâm lý")], []),
    ("Tiền đạo Nguyễn Văn Quyết ghi bàn ở phút 80.", [("Nguyễn Văn Quyết", "Tiền đạo")], []),
    ("Trận đấu có cầu thủ Thái Lan Chanathip Songkrasin.", [("Chanathip Songkrasin", "cầu thủ Thái Lan")],
     [(PER, "Thái Lan Chanathip Songkrasin")]),
    ("Ca sĩ Việt Nam giành giải thưởng lớn.", [], [(PER, "Việt Nam")]),
    ("Đội hình có tiền vệ Đức Huy, Hà Nội FC và Man City góp mặt.", [("Đức Huy", "tiền vệ")],
     [(PER, "Hà Nội FC"), (PER, "Man City")]),
    ("Diễn viên quần chúng được thuê đông.", [], [(PER, "Diễn viên")]),
    # the authors credited after a song's title; the names inside the title are the song's
    ("Danh sách có “Bài ca Trường Sơn” - Trần Chung & Gia Dũng; “Biết ơn Võ Thị Sáu” - Nguyễn Đức Toàn.",
     [("Trần Chung", None), ("Gia Dũng", None), ("Nguyễn Đức Toàn", None)],
     [(PER, "Võ Thị Sáu"), (ORG, "Trường Sơn")]),
    ("Bà hát ca khúc “Người con gái Việt Nam” trong đêm.", [], [(LOC, "Việt Nam")]),
    ("Ông nói: “Tôi đến Hà Nội hôm qua” - rồi ông rời đi.", [], []),
    # crime news: the suspect, and a name cut to its consonants keeps its full stop
    ("Cơ quan điều tra cho biết, đối tượng Hoàng Văn Tú đã bị bắt.", [("Hoàng Văn Tú", None)], []),
    ("Chị Lê Thị Th. (SN 1990) trình báo sự việc.", [("Lê Thị Th.", None)], [(PER, "Lê Thị Th")]),
    ("Ông Nguyễn Văn A. cho biết thêm.", [], [(PER, "Nguyễn Văn A.")]),
    # an artist's honorific without its horn; a transliterated name with its initial, untitled
    ("Tiết mục do NSUT Quốc Hưng biểu diễn.", [("Quốc Hưng", None)], []),
    ("Các đặc phái viên Y.Pri-ma-cốp của Nga và K.Rai-xơ của Mỹ đã gặp nhau.",
     [("Y.Pri-ma-cốp", None), ("K.Rai-xơ", None)], []),
]


@pytest.mark.parametrize("sentence, people, unwanted", PEOPLE)
def test_people_named_by_occupation_credit_or_noun(sentence, people, unwanted):
    article = CleanArticle(title="", blocks=[Block("paragraph", sentence)])
    found = extract_entities(read(article))
    titles = {e.name: e.title for e in found if e.type == PER}
    for name, title in people:
        assert name in titles, found
        assert titles[name] == title, found
    names_found = {(e.type, e.name) for e in found}
    for bad in unwanted:
        assert bad not in names_found, found


def test_a_vietnamese_given_name_is_no_family_name_to_fold_into():
    """"Quang Minh" (an actor) is not "Trần Đại Quang" with "Minh" glued on: a Vietnamese name
    ends with a given name, not a family name."""
    known = KnownNames({"Trần Đại Quang": 200})
    assert known.spelling_of("Quang Minh", vietnamese=False) is None


@pytest.mark.parametrize("sentence, wanted, unwanted", CASES)
def test_names_on_general_news(sentence, wanted, unwanted):
    found = names(sentence)
    if wanted:
        assert wanted in found, found
    for bad in unwanted:
        assert bad not in found, found


KNOWN = KnownNames({"Donald Trump": 700, "Melania Trump": 20, "Donald Tusk": 40, "Nguyễn Văn Hùng": 30, "Lê Văn Trung": 30,
                    "Rafal Bohenek": 2, "Emmanuel Macron": 60})

# (name found in an article, Vietnamese?, the name the archive means, or None to keep it)
SPELLINGS = [
    ("Doanld Trump", False, "Donald Trump"),
    ("Donal Trump", False, "Donald Trump"),
    ("Donald Trumph", False, "Donald Trump"),
    ("Emanuel Macron", False, "Emmanuel Macron"),
    ("Trump", False, "Donald Trump"),  # dominant: 700 titled articles against 20
    ("Donald Tusk", False, None),  # a person of his own
    ("Donald Tosk", False, "Donald Tusk"),
    ("Nguyễn Văn Hưng", True, None),  # Vietnamese names differ by a letter and are other people
    ("Macro", False, None),  # no full name ends with it
    ("Mateusz Trump", False, None),  # another first name is another person
    ("Trunp", False, "Donald Trump"),  # a bare family name misspelt by one letter (not "Lê Văn Trung")
    ("Trmp", False, "Donald Trump"),
    ("Trumpvà", False, "Donald Trump"),  # "và" glued on without its space
    ("Trump Kushner", False, "Donald Trump"),  # the family name with the next name glued on
    ("Macron Trump", False, "Emmanuel Macron"),
    ("Melania Trump", False, None),
]


@pytest.mark.parametrize("name, vietnamese, meant", SPELLINGS)
def test_spelling_variants_fold_only_into_a_dominant_known_name(name, vietnamese, meant):
    assert KNOWN.spelling_of(name, vietnamese) == meant


def test_a_rare_name_is_no_fold_target_and_a_frequent_variant_stays():
    known = KnownNames({"Anna Kowalska": 2, "Ana Kowalska": 1})
    assert known.spelling_of("Ana Kowalska", False) is None  # 2 titled articles are not dominance
    balanced = KnownNames({"Maria Lopes": 30, "Mario Lopes": 10})
    assert balanced.spelling_of("Mario Lopes", False) is None  # both appear in full, often


def test_known_names_are_found_without_a_title_and_variants_fold():
    found = names("Hôm qua Rafal Bohenek gặp báo giới.", "Tổng thống Doanld Trump không bình luận.", known=KNOWN)
    assert (PER, "Rafal Bohenek") in found
    assert (PER, "Donald Trump") in found and (PER, "Doanld Trump") not in found
    assert (PER, "Rafal Bohenek") not in names("Hôm qua Rafal Bohenek gặp báo giới.")  # untitled, unknown


def test_a_known_name_glued_to_a_capital_is_not_taken():
    found = names("Hôm qua Rafal Bohenek Warszawa khai mạc.", known=KNOWN)
    assert (PER, "Rafal Bohenek") not in found


def test_names_to_settle():
    assert names_to_settle("Hôm qua Rafal Bohenek gặp báo giới.", [], KNOWN)
    assert not names_to_settle("Hôm qua Rafal Bohenek gặp báo giới.", ["Rafal Bohenek"], KNOWN)
    assert names_to_settle("Chuyện khác.", ["Doanld Trump"], KNOWN)
    assert not names_to_settle("Chuyện khác.", ["Lê Văn Tám"], KNOWN)


def test_import_teaches_a_name_to_the_articles_before_it(tmp_path):
    """The archive-wide pass: the second file gives the title, the first learns the name."""
    from app.importer import import_paths
    from app.store.db import open_archive

    (tmp_path / "a1.txt").write_text(
        "Hội thảo về năng lượng\n\nHôm qua Rafal Bohenek gặp báo giới tại Hà Nội để bàn về điện gió.\n",
        encoding="utf-8")
    (tmp_path / "a2.txt").write_text(
        "Phát ngôn viên nói về điện gió\n\nNgười phát ngôn Bộ Ngoại giao Ba Lan Rafal Bohenek cho biết"
        " hai nước sẽ hợp tác về điện gió.\n", encoding="utf-8")
    db = open_archive(tmp_path / "x.db")
    import_paths(db, [tmp_path / "a1.txt", tmp_path / "a2.txt"])
    rows = db.execute(
        "SELECT a.file_name FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id"
        " WHERE e.name = 'Rafal Bohenek' ORDER BY a.file_name").fetchall()
    assert [r[0] for r in rows] == ["a1.txt", "a2.txt"]


def test_crf_people_need_shape_and_the_tagger_to_agree():
    """The measured, switched-off signal still does what it says (app.nlp.crf_people)."""
    article = CleanArticle(title="", blocks=[Block("paragraph", "Hôm qua, Yair Lapid gặp Selena Gomez tại New York.")])
    on = {(e.type, e.name) for e in extract_entities(read(article), crf_people=True)}
    off = {(e.type, e.name) for e in extract_entities(read(article))}
    assert (PER, "Yair Lapid") in on and (PER, "Yair Lapid") not in off
    assert (PER, "New York") not in on  # a place by shape is never a person


def test_the_known_list_keeps_only_what_looks_like_a_person():
    """A title misread before a place or a club must not spread as a person archive-wide."""
    known = KnownNames({"Việt Nam": 12, "Real Madrid": 3, "Liên Xô": 3, "Dân Trí": 2, "Reuters": 4,
                        "Man City": 9, "Arab Thống": 5, "Lương Cường": 3, "Rafal Bohenek": 2,
                        "Xéc-gây La-vrốp": 2})
    assert set(known.counts) == {"Lương Cường", "Rafal Bohenek", "Xéc-gây La-vrốp"}


@pytest.mark.parametrize("name, meant", [("Doanl Trump", "Donald Trump"), ("Donald J. Trump", "Donald Trump")])
def test_long_words_allow_a_swap_and_initials_drop(name, meant):
    assert KNOWN.spelling_of(name, False) == meant


def _archive_of_headlines(tmp_path, headlines):
    """An archive of one short article per headline, imported in order."""
    from app.importer import import_paths
    from app.store.db import open_archive

    paths = []
    for n, title in enumerate(headlines, start=1):
        paths.append(tmp_path / f"a{n}.txt")
        paths[-1].write_text(f"{title}\n\n{title} sau ba ngày làm việc tại Việt Nam.\n", encoding="utf-8")
    db = open_archive(tmp_path / "archive.db")
    import_paths(db, paths)
    return db


def test_the_archive_keeps_the_fullest_spelling_of_a_person(tmp_path):
    """Short form, full form, short form again: one person, under the full form."""
    db = _archive_of_headlines(tmp_path, ["Chủ tịch Quốc hội Cuba Pablo Ruiz Hernandez tới Hà Nội",
                                          "Chủ tịch Quốc hội Cuba Juan Pablo Ruiz Hernandez gặp báo giới",
                                          "Chủ tịch Quốc hội Cuba Pablo Ruiz Hernandez rời Hà Nội"])
    assert [r[0] for r in db.execute("SELECT name FROM entities WHERE name LIKE '%Hernandez'")] == [
        "Juan Pablo Ruiz Hernandez"]


def test_words_glued_after_a_family_name_never_rename_the_person(tmp_path):
    """One article's list lost its comma ("Donald Trump Dennis Alan"): the person keeps his name."""
    db = _archive_of_headlines(tmp_path, ["Tổng thống Mỹ Donald Trump tới Riyadh",
                                          "Danh sách khách mời có Tổng thống Mỹ Donald Trump Dennis Alan",
                                          "Tổng thống Mỹ Donald Trump rời Riyadh"])
    names = [r[0] for r in db.execute("SELECT name FROM entities WHERE name LIKE 'Donald Trump%'")]
    assert names == ["Donald Trump"]


# Organisations' precision (issue 9): what a name is not. (sentence, entities it must have,
# entities it must not have; rule)
NOT_AN_ORGANISATION = [
    # compound_word: a head's syllable ending a word of its own opens no name
    ("Ông ấy nhiều lần cảnh báo Tokyo về nguy cơ này.", [(LOC, "Tokyo")], [(ORG, "Tokyo")]),
    ("Lực lượng vũ trang Ukraine đã rút khỏi thị trấn.", [], [(ORG, "Ukraine"), (ORG, "Ukraina")]),
    ("Phim quy tụ nhiều diễn viên quen thuộc như Lan Chi, Minh Khoa.", [(PER, "Lan Chi"), (PER, "Minh Khoa")], []),
    # press_of_a_country: a paper is named by a province, a country's press is no paper
    ("Báo Hàn Quốc cho biết cuộc gặp bị hoãn.", [(LOC, "Hàn Quốc")], [(ORG, "Báo Hàn Quốc")]),
    ("Báo Quảng Ninh đưa tin về vụ việc.", [(ORG, "Báo Quảng Ninh")], []),
    # company_of_a_country: a lower-case head and a country (or "Nhà nước") say what kind of firm;
    # a brand after them is the name, and a country's government is a body
    ("Nhiều ngân hàng và công ty Nga bị trừng phạt.", [(LOC, "Nga")], [(ORG, "công ty Nga"), (ORG, "Công ty Nga")]),
    ("Chương trình cải cách công ty Nhà nước được đẩy nhanh.", [], [(ORG, "công ty Nhà nước"), (ORG, "Công ty Nhà nước")]),
    ("Hợp đồng với công ty Mỹ Providence Equity Partners đã hết hạn.", [(ORG, "Providence Equity Partners")], []),
    ("Hôm qua chính phủ Ba Lan tuyên bố rút quân.", [(ORG, "Chính phủ Ba Lan")], []),
    # a paper's descriptor, capitalised at the sentence's start, is no part of its name
    ("Tờ Phnom Penh Post dẫn lời người phát ngôn.", [(ORG, "Phnom Penh Post")], [(ORG, "Tờ Phnom Penh Post")]),
    # event_name: competitions and a body's meeting of a year are events
    ("Đội bóng đang dẫn đầu Premier League mùa này.", [], [(ORG, "Premier League"), (PER, "Premier League")]),
    ("Tay golf này bỏ hai giải Phoenix Open và Honda Classic vì chấn thương.", [],
     [(ORG, "Honda"), (ORG, "Honda Classic"), (PER, "Phoenix Open")]),
    ("Hội nghị APEC 2017 diễn ra tại Đà Nẵng.", [(LOC, "Đà Nẵng")], [(ORG, "APEC")]),
    ("APEC là diễn đàn của 21 nền kinh tế.", [(ORG, "APEC")], []),
    # a club's head before a foreign name only describes it; before a place it is the name
    ("CLB Arsenal thắng trận thứ ba liên tiếp.", [(ORG, "Arsenal")], [(ORG, "CLB Arsenal")]),
    ("CLB Đà Nẵng thua trên sân nhà.", [(ORG, "Câu lạc bộ Đà Nẵng")], [(ORG, "CLB Đà Nẵng")]),
    # abbreviated words inside a name are spelt out (name_abbreviations.tsv)
    ("Phòng CSGT Công an tỉnh Nam Định lập biên bản.", [(ORG, "Phòng Cảnh sát giao thông Công an tỉnh Nam Định")], []),
    ("Ngân hàng CSXH tỉnh Bình Định giải ngân vốn vay.", [(ORG, "Ngân hàng Chính sách xã hội tỉnh Bình Định")], []),
    # an abbreviated title: the body after it is the title's, not an entity; glued to "&" it is no title
    ("Ông Lê Văn Toàn – GĐ Sở Tài chính tỉnh Nam Định cho biết, kế hoạch đã xong.", [(PER, "Lê Văn Toàn")],
     [(ORG, "Sở Tài chính tỉnh Nam Định")]),
    ("Thanh tra Sở GĐ&ĐT Hà Nội đã vào cuộc.", [(ORG, "Thanh tra Sở GĐ&ĐT Hà Nội")], [(ORG, "Thanh tra Sở")]),
    # words of a trade go on inside a name (org_name_words.txt), not when capitalised as a paper's name
    ("Viện Chiến lược quốc phòng nhận định tình hình phức tạp.", [(ORG, "Viện Chiến lược quốc phòng")], []),
    ("Theo Trung tâm Lưu ký chứng khoán (VSD), số tài khoản tăng.", [(ORG, "Trung tâm Lưu ký chứng khoán")], []),
    ("Sự việc xảy ra sáng qua, báo Giao thông đưa tin.", [(ORG, "Giao thông")], []),
    # "thuộc" (belongs to) ends a name
    ("Đám cháy bùng phát tại Công ty TNHH Hoa Sen thuộc Khu công nghiệp Tiên Sơn.",
     [(ORG, "Công ty TNHH Hoa Sen"), (LOC, "Khu công nghiệp Tiên Sơn")], []),
    # a channel named by its acronym
    ("Đài KBS của Hàn Quốc phát đi đoạn video.", [(ORG, "KBS")], [(ORG, "Đài KBS")]),
    # venue_after_locative: a museum one is at is a venue, one that signs is the institution
    ("Ông phát biểu tại Bảo tàng Lịch sử Quốc gia.", [(LOC, "Bảo tàng Lịch sử Quốc gia")], []),
    ("Sở ký thỏa thuận hợp tác với Bảo tàng Mỹ thuật Huế.", [(ORG, "Bảo tàng Mỹ thuật Huế")], []),
    # a province's abbreviation
    ("Vụ việc xảy ra ở huyện Phong Điền, tỉnh TT-Huế.", [(LOC, "Thừa Thiên Huế")], [(PER, "TT-Huế")]),
    # title_overlap: a given name that makes a title with the next word ("Chính ủy") stays the name's
    ("Ông Trần Minh Chính Ủy viên Bộ Chính trị phát biểu tại hội nghị.", [(PER, "Trần Minh Chính")],
     [(ORG, "Bộ Chính trị"), (PER, "Trần Minh")]),
    # bodies_of_countries: each country's body is no one body
    ("Ngân hàng Trung ương hai nước sẽ phối hợp chặt chẽ.", [], [(ORG, "Ngân hàng Trung ương")]),
    # brand_after_country: a company is named by its brand, not by its country; a government is not
    ("Anh bán bản quyền hình ảnh cho công ty Mỹ Granite Peak Partners.", [(ORG, "Granite Peak Partners")],
     [(ORG, "Công ty Mỹ")]),
    ("Đại diện của chính phủ Ba Lan Adam Kowalczyk cho biết như vậy.", [], [(ORG, "Adam Kowalczyk")]),
    # a short name in brackets after a closing quote, and a brand of two words, fold into the name
    ("Tổ chức “Nhà nước Hồi giáo” (IS) nhận trách nhiệm.", [(ORG, "Nhà nước Hồi giáo")], [(ORG, "IS")]),
    # …and after "tự xưng" (self-styled)
    ("Các tay súng của Nhà nước Hồi giáo tự xưng (IS) rút lui. IS mất thêm một thị trấn.",
     [(ORG, "Nhà nước Hồi giáo")], [(ORG, "IS")]),
    ("Tổng công ty Hàng không Việt Nam (Vietnam Airlines) mở đường bay mới.",
     [(ORG, "Tổng công ty Hàng không Việt Nam")], [(ORG, "Vietnam Airlines")]),
    # CTCP is a company's head, spelt out; a head alone, any spelling, names no company
    ("Cổ phiếu của CTCP Đường Biên Hòa tăng mạnh.", [(ORG, "Công ty cổ phần Đường Biên Hòa")],
     [(PER, "Đường Biên Hòa")]),
    ("Ông là cổ đông lớn của Công ty Cổ phần.", [], [(ORG, "Công ty Cổ phần"), (ORG, "Công ty cổ phần")]),
    # BV and CA are a hospital's and a police's heads, spelt out; "Hữu nghị", "Trung ương" stay whole
    ("Anh được chuyển đến BV Hữu nghị VN - Lào Sơn La điều trị.",
     [(ORG, "Bệnh viện Hữu nghị Việt Nam - Lào Sơn La")], [(LOC, "Lào"), (LOC, "Việt Nam")]),
    ("Cháu bé được chuyển đến BV Nhi Trung ương.", [(ORG, "Bệnh viện Nhi Trung ương")], []),
    ("Ngày 11/6, CA tỉnh Quảng Trị cho biết đang điều tra.", [(ORG, "Công an tỉnh Quảng Trị")],
     [(LOC, "Quảng Trị")]),
    # web_address: the ending of a credit's web address names no country
    ("Ca sĩ nói vậy. Minh Hòa/VOV.VN", [], [(LOC, "Việt Nam")]),
    # rule namesake: a body named after a person names no one
    ("Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh cho biết, hội thảo đã mở.", [],
     [(PER, "Hồ Chí Minh")]),
    # a word of place before a foreign name: the name is the place's, the person follows
    ("Thủ hiến bang Western Cape, Helen Marsh, cho biết.", [(PER, "Helen Marsh")], [(PER, "Western Cape")]),
]


# A body's title parts: (sentence, person, title). The body inside the title is no entity.
TITLED_BY_A_BODY = [
    # rule namesake: the person a body is named after is the body's name, not its head
    ("Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Lê Văn Tâm phát biểu.", "Lê Văn Tâm",
     "Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.", "Hồ Chí Minh", "Chủ tịch"),
    ("Đại sứ đặc biệt của Bộ Ngoại giao Ba Lan Adam Kowalczyk cho biết như vậy.", "Adam Kowalczyk",
     "Đại sứ đặc biệt của Bộ Ngoại giao Ba Lan"),
    ("Chủ tịch Ủy ban Olympic quốc tế (IOC) Hans Lindqvist bị chỉ trích.", "Hans Lindqvist",
     "Chủ tịch Ủy ban Olympic quốc tế"),
]


@pytest.mark.parametrize("sentence, person, title", TITLED_BY_A_BODY)
def test_a_body_whose_envoy_or_head_is_named_is_the_title_s(sentence, person, title):
    found = extract_entities(read(CleanArticle(title="", blocks=[Block("paragraph", sentence)])))
    assert [(e.type, e.name, e.title) for e in found] == [(PER, person, title)]


def test_an_occupation_s_acronym_is_no_given_name():
    """"HLV Lorenzi" (the coach) beside "Marco Lorenzi": HLV is not his first name."""
    found = names("HLV Lorenzi lại tỏ ra lo lắng.", "Ông Marco Lorenzi cho biết đội sẽ thắng.")
    assert found == {(PER, "Marco Lorenzi")}


# One body under two spellings in one article: (paragraphs, the name kept, names folded into it)
ONE_BODY = [
    # org_dash_variant: with and without a dash and capitals
    (["Ngân hàng Chính sách – Xã hội tỉnh Nam Định cho vay vốn.",
      "Ngân hàng Chính sách xã hội tỉnh Nam Định giải ngân đúng hạn.",
      "Ngân hàng Chính sách xã hội tỉnh Nam Định cũng hỗ trợ."],
     "Ngân hàng Chính sách xã hội tỉnh Nam Định", ["Ngân hàng Chính sách – Xã hội tỉnh Nam Định"]),
    # org_seat: without its seat, or with the seat's country
    (["Đại sứ quán Pháp tại Hà Nội ra thông báo.", "Đại sứ quán Pháp tại Việt Nam cho biết thêm.",
      "Đại sứ quán Pháp khuyến cáo công dân."],
     "Đại sứ quán Pháp tại Hà Nội", ["Đại sứ quán Pháp tại Việt Nam", "Đại sứ quán Pháp"]),
]


@pytest.mark.parametrize("paragraphs, kept, folded", ONE_BODY)
def test_one_body_under_two_spellings_is_one_organisation(paragraphs, kept, folded):
    found = names(*paragraphs)
    assert (ORG, kept) in found, found
    for name in folded:
        assert (ORG, name) not in found, found


@pytest.mark.parametrize("sentence, wanted, unwanted", NOT_AN_ORGANISATION)
def test_what_an_organisation_name_is_not(sentence, wanted, unwanted):
    found = names(sentence)
    for good in wanted:
        assert good in found, found
    for bad in unwanted:
        assert bad not in found, found


# foreign_given_name: untitled foreign people opened by a common given name (sentence, people,
# names that must not be people)
UNTITLED_FOREIGN = [
    ("Buổi lễ có sự tham dự của Gregory Hanlon và nhiều khách mời.", ["Gregory Hanlon"], []),
    ("Đêm qua, Melissa Brandt đăng ảnh lên mạng xã hội.", ["Melissa Brandt"], []),
    ("Cầu thủ này được so sánh với Rafael Nadal và Roger Federer.", ["Rafael Nadal", "Roger Federer"], []),
    ("Ý kiến của Albert J. Norwood được nhiều người chia sẻ.", ["Albert J. Norwood"], ["Albert J"]),
    ("Anh Nguyễn Văn Bình và Peter Hall cùng dự.", ["Nguyễn Văn Bình", "Peter Hall"], []),
    # given names beyond the US list (foreign_given_names_more.txt)
    ("Trận đấu chứng kiến Gianluca Moretti ghi hai bàn.", ["Gianluca Moretti"], []),
    ("Ở vòng sau, Novak Petrovic gặp Kylian Duret.", ["Novak Petrovic", "Kylian Duret"], []),
    ("Chuyến thăm của Shinzo Hayashi kéo dài ba ngày.", ["Shinzo Hayashi"], []),
    # a father's given name inside a longer name, a restaurant named after its founder
    ("Quốc vương Arab Saudi Salman bin Abdulaziz Al Saud ban hành sắc lệnh.", [], ["Abdulaziz Al Saud"]),
    ("Hai người ăn tối tại nhà hàng Giorgio Baldi ở Santa Monica.", [], ["Giorgio Baldi"]),
    # two names run together without their space are no one's name
    ("Ảnh của Gabby Lorne, Alexis RenLily Maymac được chia sẻ.", [], ["Alexis RenLily Maymac"]),
    # a company, a venue, a credit line run together are no one
    ("Cổ phiếu của Devon Energy tăng mạnh.", [], ["Devon Energy"]),
    ("Trận đấu diễn ra ở Madison Square Garden.", [], ["Madison Square Garden", "Madison Square"]),
    ("Du khách đến Victoria Harbour ngắm pháo hoa.", [], ["Victoria Harbour"]),
    ("Stylist: Alex Fox Theo Lyn (Khám Phá)", [], ["Alex Fox Theo Lyn", "Alex Fox Theo"]),
    # a thing named after a person, a tournament named so
    ("Nhóm tác chiến tàu sân bay Daniel Webster tiến vào vùng biển.", [], ["Daniel Webster"]),
    ("Anh dừng bước ở tứ kết Roland Garros năm nay.", [], ["Roland Garros"]),
]


def _has_and_lacks(found, wanted, unwanted):
    """The entities an article must have, and those it must not."""
    for entity in wanted:
        assert entity in found, found
    for entity in unwanted:
        assert entity not in found, found


@pytest.mark.parametrize("sentence, people, not_people", UNTITLED_FOREIGN)
def test_untitled_foreign_people_opened_by_a_given_name(sentence, people, not_people):
    _has_and_lacks(names(sentence), [(PER, n) for n in people], [(PER, n) for n in not_people])


def test_given_names_alone_are_not_folded_into_a_full_name_of_another_article(tmp_path):
    """A player named by his given names ("Văn Hậu") in one article is not the "Nguyễn Văn Hậu"
    of another: many people share their given names."""
    db = _archive_of_headlines(tmp_path, ["Giám đốc Sở Xây dựng Nguyễn Văn Hậu tới Hà Nội",
                                          "Đội tuyển gọi Văn Hậu, Tống Anh Tỷ và Hoàng Nam"])
    names = {r[0] for r in db.execute("SELECT name FROM entities WHERE type = 'person'")}
    assert {"Nguyễn Văn Hậu", "Văn Hậu"} <= names


# coordinated_person: names listed with a person found by other rules, the list closed by "và"
# (sentence, people, names that must not be people)
LISTED_WITH_A_PERSON = [
    ("Đội hình có Minh Khoa, Trần Quốc Bảo và Hữu Tài.", ["Minh Khoa", "Trần Quốc Bảo", "Hữu Tài"], []),
    ("Đội bóng gọi lại Peter Hall, Santorini và Okafor.", ["Peter Hall", "Santorini", "Okafor"], []),
    ("Trên sân có Lê Văn Khải và Duy Phong.", ["Lê Văn Khải", "Duy Phong"], []),
    # a place, a body or a club's word in the list: no list of people, none of it is taken
    ("Ông Lê Văn Khải, Tân An và Hòa Bình đã ký kết.", ["Lê Văn Khải"], ["Tân An", "Hòa Bình"]),
    ("Ông Lê Văn Khải và Hà Nội FC đạt thỏa thuận.", ["Lê Văn Khải"], ["Hà Nội FC"]),
    ("Ông Lê Văn Khải và Công ty Hoàng Phát đạt thỏa thuận.", ["Lê Văn Khải"], ["Hoàng Phát"]),
    # a comma alone joins a name to a new clause as often as to another name
    ("Theo lời Peter Hall, Santorini sẽ sớm rời đội.", ["Peter Hall"], ["Santorini"]),
    # …and a comma before the list may end a clause
    ("Tại Madrid, Lê Văn Khải và Okafor ký hợp đồng.", ["Lê Văn Khải", "Okafor"], ["Madrid"]),
    # a capitalised word before a run opens a phrase; one Vietnamese syllable is a word
    ("Theo Mirabel, Okafor và Peter Hall sẽ dự.", ["Peter Hall", "Okafor"], ["Mirabel", "Theo Mirabel"]),
    ("Ông Lê Văn Khải và Đoàn đại biểu tỉnh đã tới.", ["Lê Văn Khải"], ["Đoàn"]),
    # films listed after their word are works, whoever they are named after
    ("Anh đóng các bộ phim như Silent Harbor và Peter Hall.", [], ["Silent Harbor"]),
    ("Cô từng đóng trong phim The Night Of Dr.Moreau và Okafor.", [], ["Okafor"]),
    ("Danh sách này gồm Peter Hall, Okafor và Gianluca Moretti.", ["Okafor"], []),
]


@pytest.mark.parametrize("sentence, people, not_people", LISTED_WITH_A_PERSON)
def test_names_listed_with_a_person_are_people(sentence, people, not_people):
    _has_and_lacks(names(sentence), [(PER, n) for n in people], [(PER, n) for n in not_people])


# club_names.txt, org_short_form, compound_word for venues: football clubs named without a head
# (paragraphs, entities they must have, entities they must not have)
CLUBS = [
    (["Tiền vệ này rời Arsenal để gia nhập Bayern Munich."], [(ORG, "Arsenal"), (ORG, "Bayern Munich")], []),
    (["Real Madrid thắng Juventus ở chung kết."], [(ORG, "Real Madrid"), (ORG, "Juventus")],
     [(LOC, "Madrid")]),
    # a known name longer than the place that opens it is the name
    (["Cầu thủ Guangzhou R&F phản ứng dữ dội."], [(ORG, "Guangzhou R&F")],
     [(LOC, "Quảng Châu"), (LOC, "Cầu thủ Guangzhou R")]),
    # a club named by its city stays the place; a bridge is still a bridge
    (["Anh từng khoác áo Liverpool."], [(LOC, "Liverpool")], [(ORG, "Liverpool")]),
    (["Cầu Long Biên được sửa chữa."], [(LOC, "Cầu Long Biên")], []),
    # a short name folds into the full name the article writes, and stays alone without it
    (["Hernanes rời Juve sang Trung Quốc.", "Juventus nhận 10 triệu euro."], [(ORG, "Juventus")], [(ORG, "Juve")]),
    (["Barca hỏi mua tiền vệ này."], [(ORG, "Barca")], [(ORG, "Barcelona")]),
]


@pytest.mark.parametrize("paragraphs, wanted, unwanted", CLUBS)
def test_clubs_named_without_a_head(paragraphs, wanted, unwanted):
    _has_and_lacks(names(*paragraphs), wanted, unwanted)


# a source line closing the story names no organisation; the same name in the story does
SOURCE_LINES = [
    (["Theo mô tả của Reuters, hai bên đã ký kết."], [(ORG, "Reuters")], []),
    (["Hai cầu thủ bị phạt thẻ đỏ. Minh Hà (Theo Reuters)"], [], [(ORG, "Reuters")]),
    # source_paragraph: a paragraph that is only the source
    (["Giá vàng tăng nhẹ trong phiên sáng nay.", "Theo VnExpress"], [], [(ORG, "VnExpress")]),
    (["Đội bóng thắng ba trận liền.", "Nguồn: Reuters."], [], [(ORG, "Reuters")]),
    (["Theo Reuters, giá dầu giảm mạnh.", "(Theo Bloomberg)"], [(ORG, "Reuters")], [(ORG, "Bloomberg")]),
]


@pytest.mark.parametrize("paragraphs, wanted, unwanted", SOURCE_LINES)
def test_a_source_line_names_no_organisation(paragraphs, wanted, unwanted):
    _has_and_lacks(names(*paragraphs), wanted, unwanted)


# inner_word, inner_head: a name never ends inside a word; generic_body: a kind of body alone is
# none, beside its full name it folds into it; head_abbreviations.tsv: "Cty" spelt out
# (paragraphs, entities they must have, entities they must not have)
WHOLE_BODIES = [
    (["Tổng công ty Thiết bị điện Đông Anh công bố lợi nhuận quý I."],
     [(ORG, "Tổng công ty Thiết bị điện Đông Anh")], [(ORG, "Tổng công ty Thiết")]),
    (["Hội Nữ doanh nhân tỉnh Bắc Ninh tổ chức hội chợ."], [(ORG, "Hội Nữ doanh nhân tỉnh Bắc Ninh")],
     [(ORG, "Hội Nữ doanh")]),
    (["Em bé được chuyển lên Viện Bỏng Quốc gia điều trị."], [(ORG, "Viện Bỏng Quốc gia")],
     [(ORG, "Viện Bỏng Quốc")]),
    (["Ủy ban Chữ thập Đỏ quốc tế kêu gọi hai bên ngừng bắn."], [(ORG, "Ủy ban Chữ thập Đỏ quốc tế")], []),
    (["Thanh tra Sở Văn hóa kiểm tra quán karaoke."], [(ORG, "Thanh tra Sở Văn hóa")],
     [(ORG, "Thanh tra Sở Văn")]),
    (["Hội đồng Bảo vệ Người tiêu dùng cảnh báo về sản phẩm này."],
     [(ORG, "Hội đồng Bảo vệ Người tiêu dùng")], []),
    # a function word outside a word still ends the name
    (["Công ty Hoa Sen bị xử phạt 200 triệu đồng."], [(ORG, "Công ty Hoa Sen")], []),
    (["Báo Nhân Dân đăng bài xã luận."], [(ORG, "Báo Nhân Dân")], []),
    # generic_body
    (["Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam khởi tố vụ án.",
      "Cơ quan Cảnh sát điều tra đã bắt giam hai bị can."],
     [(ORG, "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam")], [(ORG, "Cơ quan Cảnh sát điều tra")]),
    (["Cơ quan Công an đã tiếp nhận đơn tố giác của gia đình."], [], [(ORG, "Cơ quan Công an")]),
    (["Cơ quan chức năng huyện Mường Tè đang làm rõ vụ việc."], [],
     [(ORG, "Cơ quan chức năng huyện Mường Tè")]),
    # a company's own organs, alike in every company (generic_bodies.txt)
    (["Đại hội đồng cổ đông thường niên của Công ty Cổ phần Minh An đã thông qua kế hoạch.",
      "Đại hội đồng cổ đông cũng bầu Hội đồng quản trị mới."],
     [(ORG, "Công ty Cổ phần Minh An")], [(ORG, "Đại hội đồng cổ đông"), (ORG, "Hội đồng quản trị")]),
    # head_abbreviations
    (["Cty Minh Long ký hợp đồng mua cát.", "Công ty Minh Long sau đó bán lại số cát này."],
     [(ORG, "Công ty Minh Long")], [(ORG, "Cty Minh Long")]),
    (["TCty Xây dựng Sông Hồng thi công gói thầu số 3."], [(ORG, "Tổng công ty Xây dựng Sông Hồng")],
     [(ORG, "Cty Xây dựng Sông Hồng")]),
    (["Nhà thầu TCty Xây dựng Sông Hồng - CTCP bàn giao công trình."], [(ORG, "Tổng công ty Xây dựng Sông Hồng")],
     [(ORG, "Tổng công ty Xây dựng Sông Hồng - CTCP")]),
    # a head inside a capitalised name opens no words of its own ("Trường" is the name's)
    (["Bà Lan yêu cầu Cty Tây Trường Sơn cung cấp hồ sơ."], [(ORG, "Công ty Tây Trường Sơn")],
     [(ORG, "Công ty Tây Trường Sơn cung")]),
    (["Thanh tra Bộ Nội vụ công bố kết luận thanh tra."], [(ORG, "Thanh tra Bộ Nội vụ")], []),
]


@pytest.mark.parametrize("paragraphs, wanted, unwanted", WHOLE_BODIES)
def test_a_body_is_named_whole_and_a_kind_of_body_is_none(paragraphs, wanted, unwanted):
    _has_and_lacks(names(*paragraphs), wanted, unwanted)


# cast_in_brackets: "Role (Actor đóng)", "(do NSƯT Actor thủ vai)": both are people
# (sentence, people, names that must not be people)
CAST_IN_BRACKETS = [
    ("Bộ phim kể về Hạnh (Lan Phương đóng) và chồng.", ["Lan Phương"], []),  # one syllable alone: no name
    ("Cô dâu Thu Trang (do diễn viên Ngọc Mai thủ vai) về nhà chồng.", ["Thu Trang", "Ngọc Mai"], []),
    ("Kẻ phản diện Victor Kane (Tom Hardy đóng) xuất hiện ở tập cuối.", ["Victor Kane", "Tom Hardy"], []),
    ("Khi Quân (Anh Tú đóng) trở về làng, mọi chuyện đã khác.", ["Anh Tú"], []),
    ("Bà mẹ chồng (do NSND Minh Hằng đóng) rất khó tính.", ["Minh Hằng"], []),
    # not a name before the bracket, or no playing in it
    ("Nhà máy ở Đà Nẵng (Minh Tuấn đóng) đã lâu.", ["Minh Tuấn"], ["Đà Nẵng"]),
    ("Đội tuyển Anh (Việt Nam đóng) thua.", [], ["Anh", "Việt Nam"]),
    ("Phiên bản live-action (người đóng) ra mắt hôm qua.", [], []),
    ("Cửa hàng Hoa Mai (Hải Phòng) đóng cửa.", [], ["Hoa Mai", "Hải Phòng"]),
]


@pytest.mark.parametrize("sentence, people, not_people", CAST_IN_BRACKETS)
def test_cast_in_brackets(sentence, people, not_people):
    _has_and_lacks(names(sentence), [(PER, n) for n in people], [(PER, n) for n in not_people])


# club_names / club_or_given_name: clubs that no place shares are clubs; a club that is also a
# given name is the person before another name, unless a title stands before it
# (sentence, organisations, people)
CLUBS_NOT_PLACES = [
    ("Đội bóng thua 1-3 trước Chelsea hôm qua.", ["Chelsea"], []),
    ("Anh từng khoác áo Leicester và Watford.", ["Leicester", "Watford"], []),
    ("Crystal Palace thắng West Ham 2-0 trên sân nhà.", ["Crystal Palace", "West Ham"], []),
    ("Leicester City thua đậm. HLV của Leicester tỏ ra thất vọng.", ["Leicester City"], []),
    ("Bà Chelsea Clinton phát biểu tại hội nghị.", [], ["Chelsea Clinton"]),
    ("Người mẫu Chelsea Lynn tới Hà Nội.", [], ["Chelsea Lynn"]),
    ("HLV Chelsea Antonio Conte hài lòng.", [], ["Antonio Conte"]),
]


@pytest.mark.parametrize("sentence, orgs, people", CLUBS_NOT_PLACES)
def test_clubs_that_are_no_place(sentence, orgs, people):
    found = names(sentence)
    _has_and_lacks(found, [(ORG, n) for n in orgs] + [(PER, n) for n in people],
                   [(PER, n) for n in orgs] + [(ORG, n) for n in people] + [(ORG, "Leicester")] * ("City" in sentence))


# nickname_before_name: a name right after a nickname or role in quotes is a person; the role
# too when written as a name opened by a family name (sentence, people, names that must not be people)
NICKNAME_BEFORE_NAME = [
    ("Khán giả vẫn nhớ “Nữ hoàng sân khấu” Thanh Nga năm nào.", ["Thanh Nga"], ["Nữ hoàng sân khấu"]),
    ("Trận đấu của “Gã điên” Carlos Tevez thu hút khán giả.", ["Carlos Tevez"], []),
    ("Ảnh hậu trường: “Lâm Đại Ngọc” Trần Thu Hà vẫn trẻ trung.", ["Lâm Đại Ngọc", "Trần Thu Hà"], []),
    ("“Vua Võ Thuật” Minh Khang tuyên bố giải nghệ.", ["Minh Khang"], ["Vua Võ Thuật"]),
    ("Chương trình “The Voice Kids” Thu Trang làm giám khảo.", ["Thu Trang"], ["The Voice Kids"]),
    # a place, a body or a new sentence after the quote is no person
    ("Bộ sách “Chìa khóa” Trung Quốc tái bản.", [], ["Trung Quốc"]),
    ("Triển lãm “Dấu ấn Tây Bắc” Tỉnh Lào Cai mở cửa.", [], ["Tỉnh Lào Cai", "Lào Cai"]),
    ("Bài hát “Hà Nội Mùa Thu” vang lên.", [], ["Hà Nội Mùa Thu"]),
]


@pytest.mark.parametrize("sentence, people, not_people", NICKNAME_BEFORE_NAME)
def test_nickname_before_name(sentence, people, not_people):
    _has_and_lacks(names(sentence), [(PER, n) for n in people], [(PER, n) for n in not_people])


# occupation "stylist" and the given name "Sami" (data: occupations.txt, foreign_given_names_more.txt)
# (sentence, people, names that must not be people)
STYLISTS_AND_SAMI = [
    ("Một người bạn của cô là stylist Minh Hoàng đã đăng ảnh.", ["Minh Hoàng"], []),
    ("Cô thuê stylist riêng giúp chọn đồ.", [], []),
    ("HLV lo về chấn thương của Sami Hyypia sau trận.", ["Sami Hyypia"], []),
]


@pytest.mark.parametrize("sentence, people, not_people", STYLISTS_AND_SAMI)
def test_stylists_and_sami(sentence, people, not_people):
    _has_and_lacks(names(sentence), [(PER, n) for n in people], [(PER, n) for n in not_people])


# chinese_surname: Chinese family names in their Hán-Việt form open an untitled full name as a
# Vietnamese one does (chinese_surnames.txt); "Tưởng", "Thẩm" are left out (a verb, a city's first
# syllable). (sentence, people, names that must not be people)
CHINESE_SURNAMES = [
    ("Bảo tàng trưng bày nhiều bức ảnh của Mao Trạch Đông thời trẻ.", ["Mao Trạch Đông"], []),
    ("Vai diễn của Giả Hồng Khang được khen ngợi.", ["Giả Hồng Khang"], []),
    ("Bộ phim kể về cuộc đời Tần Thủy Hoàng.", ["Tần Thủy Hoàng"], []),
    ("Khán giả còn nhớ “Liễu Như Yên” Lưu Mỹ Hà.", ["Liễu Như Yên", "Lưu Mỹ Hà"], []),
    ("“Tưởng Đầm Sen là chỗ cho trẻ con”, một người bình luận.", [], ["Tưởng Đầm Sen"]),
    ("Tập đoàn máy bay Thẩm Dương Trung Quốc chế tạo mẫu mới.", [], ["Thẩm Dương Trung Quốc"]),
]


@pytest.mark.parametrize("sentence, people, not_people", CHINESE_SURNAMES)
def test_chinese_family_names_open_a_full_name(sentence, people, not_people):
    _has_and_lacks(names(sentence), [(PER, n) for n in people], [(PER, n) for n in not_people])


def test_a_chinese_family_name_opens_a_name_but_is_no_vietnamese_name():
    """Met on a visit to China, "Vưu Quyền" is a foreign counterpart (app.nlp.sides): the Chinese
    family names open a name for the scanner only."""
    from app.nlp.lexicon import is_vietnamese_name

    assert not is_vietnamese_name("Vưu Quyền") and is_vietnamese_name("Lê Văn Khải")


# aged_person: the name before a bracket giving an age or a year of birth is a person
# (age_markers.txt). (sentence, people, names that must not be people)
AGED_PEOPLE = [
    ("Công an đã bắt giữ Đàm Quốc Tuấn (32 tuổi, trú tại huyện Gia Lâm).", ["Đàm Quốc Tuấn"], []),
    ("Nạn nhân là cháu Lý Văn Trường (7 tuổi) và em gái.", ["Lý Văn Trường"], []),
    ("Người lái xe là Kitada Hiroshi (SN 1980, quê Osaka) đã ra trình diện.", ["Kitada Hiroshi"], []),
    ("Cô Trần Mỹ Linh (sinh năm 1985) vừa trở lại màn ảnh.", ["Trần Mỹ Linh"], []),
    ("Bé Phương Linh (4 tuổi) rất thích thú.", ["Phương Linh"], ["Bé Phương Linh"]),
    # initials name no one, nor a place before an age
    ("Bệnh nhân N.H.B (53 tuổi) đã xuất viện.", [], ["B", "N.H.B"]),
    ("Cầu Long Biên (116 tuổi) vẫn đông xe qua lại.", [], ["Long Biên", "Cầu Long Biên"]),
]


@pytest.mark.parametrize("sentence, people, not_people", AGED_PEOPLE)
def test_a_name_before_an_age_is_a_person(sentence, people, not_people):
    _has_and_lacks(names(sentence), [(PER, n) for n in people], [(PER, n) for n in not_people])


def titled(sentence: str) -> set[tuple[str, str | None]]:
    article = CleanArticle(title="", blocks=[Block("paragraph", sentence)])
    return {(e.name, e.title) for e in extract_entities(read(article)) if e.type == PER}


# title_remit: a title's remit after "phụ trách" is the title's, the name comes after it
# (title_remits.txt). (sentence, (name, title) it must have, names that must not be people)
TITLE_REMITS = [
    ("Phó trợ lý Ngoại trưởng Mỹ phụ trách khu vực Đông Á Daniel Kritenbrink phát biểu.",
     ("Daniel Kritenbrink", "Ngoại trưởng Mỹ phụ trách khu vực Đông Á"), []),
    ("Phó Thủ tướng phụ trách kinh tế Vương Quốc Hưng cho biết.",
     ("Vương Quốc Hưng", "Phó Thủ tướng phụ trách kinh tế"), []),
    ("Ủy viên đặc trách ngân sách Peter Hall trình kế hoạch.", ("Peter Hall", "Ủy viên đặc trách ngân sách"), []),
    # one word after the remit's field is the field's body, not a person
    ("Ông Lê Văn Khải, Phó Chủ tịch phụ trách mảng an ninh mạng Bkav nhận định.", ("Lê Văn Khải", "Phó Chủ tịch"),
     ["Bkav"]),
]


@pytest.mark.parametrize("sentence, person, not_people", TITLE_REMITS)
def test_a_title_s_remit_is_the_title_s(sentence, person, not_people):
    found = titled(sentence)
    assert person in found, found
    assert not {n for n, _t in found} & set(not_people), found


# listed_with_named: a list with a person the article names elsewhere (in full, or by a foreign
# family name) lists people (paragraphs, people, names that must not be people)
LISTED_WITH_NAMED = [
    (["Tiền đạo Marco Bellini lập cú đúp.", "Bellini, Okafor và Santorini đều được khen."],
     ["Okafor", "Santorini"], []),
    (["HLV Conte hài lòng.", "Sau trận, Ancelotti và Conte bắt tay nhau."], ["Ancelotti"], []),
    (["Ca sĩ Lê Thu Hà hát mở màn.", "Lê Thu Hà và Minh Quân song ca."], ["Minh Quân"], []),
    # an untitled single word anchors nothing (a city read as a name); a name cut at its hyphen is none
    (["Quân đội tiến về Raqqa.", "Họ sẽ giành lại Mosul và Raqqa."], [], ["Mosul"]),
    (["Tòa án xử bà Park Geun-hye.", "Park Geun-hye và Lee Byung-Ho bị cáo buộc."], [], ["Lee Byung"]),
    # a caption's words glued to the last name of the list
    (["Ca sĩ Jun Phạm hát.", "Jun Phạm và Thu Minh Màn trình diễn của nhóm. Màn trình diễn khác."], [],
     ["Thu Minh Màn"]),
]


@pytest.mark.parametrize("paragraphs, people, not_people", LISTED_WITH_NAMED)
def test_names_listed_with_a_person_named_elsewhere(paragraphs, people, not_people):
    _has_and_lacks(names(*paragraphs), [(PER, n) for n in people], [(PER, n) for n in not_people])
