"""The event rules one by one (resources/rules/frames.tsv and the events component), table-driven.

Every sentence here is written for the test (people and events invented); the labelled sets and
the benchmark measure the rules on real news.
"""

from __future__ import annotations

import pytest

from app.ingest.article import Block, CleanArticle
from app.nlp.pipeline import analyze, disabled


def article(title: str, *paragraphs: str) -> CleanArticle:
    blocks = [Block("lead" if i == 0 else "paragraph", p) for i, p in enumerate(paragraphs)]
    return CleanArticle(title=title, blocks=blocks)


def event(title: str, *paragraphs: str):
    a = analyze(article(title, *paragraphs))
    v = a.visits[0] if a.visits else None
    return a.kind.kind, (v.leader if v else None), (v.host_country if v else None), a


# (rule the case shows, title, lead, kind, leader, host)
CASES = [
    ("receive: an ambassador received in Việt Nam is a reception",
     "Chủ tịch nước tiếp Đại sứ Nhật Bản",
     "Chiều 5/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Văn An đã tiếp Đại sứ Nhật Bản tại Việt Nam Suzuki Taro.",
     "reception", "Suzuki Taro", "Việt Nam"),
    ("receive: a company's head received in Việt Nam is a reception (resident_titles.txt)",
     "Thủ tướng tiếp Tổng Giám đốc Tập đoàn Siemens",
     "Chiều 24/5, tại Hà Nội, Thủ tướng Lê Văn Bình đã tiếp Tổng Giám đốc Tập đoàn Siemens (Đức) Hans Weber.",
     "reception", "Hans Weber", "Việt Nam"),
    ("receive: a foreign minister received in Hà Nội is an inbound visit",
     "Thủ tướng tiếp Bộ trưởng Ngoại giao Pháp",
     "Sáng 7/6, tại Hà Nội, Thủ tướng Lê Văn Bình đã tiếp Bộ trưởng Ngoại giao Pháp Pierre Martin.",
     "inbound", "Pierre Martin", "Việt Nam"),
    ("receive_abroad: the one receiving is the visitor when it happens in the guest's country",
     "Chủ tịch nước tiếp Phó Thủ tướng Trung Quốc",
     "Trong khuôn khổ chuyến thăm cấp Nhà nước tới Trung Quốc, chiều 11/5, tại Bắc Kinh, Chủ tịch nước "
     "Trần Văn An đã tiếp Phó Thủ tướng Trung Quốc Vương Minh.",
     "outbound", "Trần Văn An", "Trung Quốc"),
    ("visit: a Vietnamese leader leaves for a foreign country",
     "Thủ tướng Lê Văn Bình lên đường thăm chính thức Nhật Bản",
     "Sáng 4/6, Thủ tướng Lê Văn Bình rời Hà Nội, lên đường thăm chính thức Nhật Bản.",
     "outbound", "Lê Văn Bình", "Nhật Bản"),
    ("led_by_visit: a foreign delegation and its head",
     "Đoàn đại biểu Quốc hội Lào thăm Việt Nam",
     "Ngày 20/6, Đoàn đại biểu Quốc hội Lào do Chủ tịch Quốc hội Lào Souk Vongsa dẫn đầu đã đến Hà Nội, "
     "bắt đầu chuyến thăm chính thức Việt Nam.",
     "inbound", "Souk Vongsa", "Việt Nam"),
    ("meet: roles from where the talks happen",
     "Phó Thủ tướng hội đàm với Bộ trưởng Ngoại giao Tây Ban Nha",
     "Chiều 23/5, tại Madrid, Phó Thủ tướng Phạm Văn Cường đã hội đàm với Bộ trưởng Ngoại giao Tây Ban Nha "
     "Juan Pérez.",
     "outbound", "Phạm Văn Cường", "Tây Ban Nha"),
    ("visit: two other countries",
     "Tổng thống Mỹ Donald Trump thăm Israel",
     "Ngày 22/5, Tổng thống Mỹ Donald Trump đã đến Tel Aviv, bắt đầu chuyến thăm chính thức Israel.",
     "foreign", "Donald Trump", "Israel"),
    ("attend_summit: a summit in its host country",
     "Thủ tướng dự Hội nghị Cấp cao ASEAN",
     "Sáng 13/11, tại Manila, Thủ tướng Lê Văn Bình đã dự Hội nghị Cấp cao ASEAN lần thứ 31.",
     "multilateral", "Lê Văn Bình", "Philippines"),
    ("call_with: a phone call is no visit",
     "Thủ tướng điện đàm với Thủ tướng Australia",
     "Chiều 9/3, Thủ tướng Lê Văn Bình đã điện đàm với Thủ tướng Australia John Smith.",
     "call", None, None),
    ("a Vietnamese official at home is no visit",
     "Thủ tướng thăm tỉnh Quảng Ninh",
     "Sáng 2/4, Thủ tướng Lê Văn Bình đã thăm và làm việc tại tỉnh Quảng Ninh.",
     "none", None, None),
    ("not_event: a postponed visit did not happen",
     "Tổng thống Mỹ hoãn chuyến thăm Anh",
     "Tổng thống Mỹ Donald Trump đã hoãn chuyến thăm chính thức tới Anh.",
     "none", None, None),
    ("a person with no title travelling is no delegation",
     "Nhiều người Việt đi du lịch Nhật Bản",
     "Ông Nguyễn Văn Hùng sang Nhật Bản du lịch cùng gia đình.",
     "none", None, None),
    ("office_in_apposition: an office after a name and a comma is that person's",
     "Bộ trưởng Quốc phòng hội đàm với Phó Chủ tịch Quân ủy Trung ương Trung Quốc",
     "Nhận lời mời của Đại tướng Lê Văn Hải, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng Việt Nam, "
     "Thượng tướng Trương Minh, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc "
     "thăm hữu nghị chính thức Việt Nam từ ngày 8 - 9/6.",
     "inbound", "Trương Minh", "Việt Nam"),
    ("meet: a caption's meeting happens where it says, the suburb of a capital",
     "Tổng thống Nga phát biểu về quan hệ với Pháp",
     "Tổng thống Pierre Martin (phải) và Tổng thống Nga Ivan Petrov (trái) tại cuộc gặp ở ngoại ô Paris.",
     "foreign", "Ivan Petrov", "Pháp"),
    ("co_chair: two foreign leaders meet in a palace written in lower case",
     "Ông Ivan Petrov và ông Vương Minh hội đàm tại điện Kremlin",
     "Tổng thống Nga Ivan Petrov và Chủ tịch Trung Quốc Vương Minh đã hội đàm tại điện Kremlin.",
     "foreign", "Vương Minh", "Nga"),
    ("during_visit: the one who invited is not the guest",
     "Chủ tịch nước thăm cộng đồng người Việt tại Nhật Bản",
     "Trong khuôn khổ chuyến thăm cấp nhà nước tới Nhật Bản theo lời mời của Thủ tướng Nhật Bản Sato Ken, "
     "chiều 12/5, Chủ tịch nước Trần Văn An đã gặp cộng đồng người Việt tại Tokyo.",
     "outbound", "Trần Văn An", "Nhật Bản"),
    ("BREAK: a frame's gap never crosses what someone said",
     "Cộng đồng người Việt tại Qatar",
     "Đại sứ Lê Văn Hòa cho biết cộng đồng người Việt Nam đang sinh sống và làm việc tại Qatar có gần 2.000 người.",
     "none", None, None),
    ("office_in_apposition: the name after an office and a form of address is its holder",
     "Thủ tướng tiếp Chủ tịch Quốc hội Campuchia",
     "Chiều 24/6, tại Hà Nội, Thủ tướng Lê Văn Bình tiếp Chủ tịch Quốc hội Vương quốc Campuchia Samdech "
     "Heng Sophal đang thăm hữu nghị chính thức Việt Nam.",
     "inbound", "Heng Sophal", "Việt Nam"),
    ("visit_venue: a visit to a place named with its country after a comma",
     "Thủ tướng Lê Văn Bình thăm Đại học Leiden, Hà Lan",
     "Ngày 10/7, Thủ tướng Lê Văn Bình đã thăm Đại học Leiden.",
     "outbound", "Lê Văn Bình", "Hà Lan"),
    ("visit_venue: the same at home is no visit",
     "Thủ tướng Lê Văn Bình thăm Công ty May Sông Hồng, Nam Định",
     "Ngày 10/7, Thủ tướng Lê Văn Bình đã thăm Công ty May Sông Hồng.",
     "none", None, None),
    ("welcomed_at: a leader welcomed in a foreign capital",
     "Thủ tướng Lê Văn Bình được chào đón nồng nhiệt ở Washington DC",
     "Tới đón Thủ tướng tại sân bay có đại diện Bộ Ngoại giao Mỹ và đông đảo kiều bào.",
     "outbound", "Lê Văn Bình", "Hoa Kỳ"),
    ("visit_compatriots: a leader abroad meets the embassy and the community there",
     "Thủ tướng gặp cộng đồng người Việt tại Hà Lan",
     "Tối 9/7, tại La Hay, Thủ tướng Lê Văn Bình đã gặp gỡ cán bộ Đại sứ quán và cộng đồng người Việt Nam tại Vương quốc Hà Lan.",
     "outbound", "Lê Văn Bình", "Hà Lan"),
    ("visit_compatriots: students met at home are no visit",
     "Bí thư Tỉnh ủy gặp gỡ sinh viên",
     "Sáng 5/9, Bí thư Tỉnh ủy Lê Văn Bình gặp gỡ lưu học sinh Lào tại Nghệ An.",
     "none", None, None),
    ("visit_of_delegation: a visit named by the delegation's country, its head not given",
     "Thủ tướng chứng kiến lễ trao thỏa thuận",
     "Ngày 31/5, các doanh nghiệp ký kết thỏa thuận trong khuôn khổ chuyến thăm Hoa Kỳ của Đoàn cấp cao Việt Nam.",
     "outbound", None, "Hoa Kỳ"),
    ("visit_of: the visit's possessor is its guest, not the one who speaks of it",
     "Đại sứ Việt Nam tại Nhật Bản trả lời phỏng vấn",
     "Theo Đại sứ Trần Văn Nam, chuyến thăm Nhật Bản của Thủ tướng Lê Văn Bình từ ngày 4/6 là dịp thúc đẩy đầu tư.",
     "outbound", "Lê Văn Bình", "Nhật Bản"),
    ("stated_place_unplaced: a visit to a place of no known country has no host from elsewhere in the lead",
     "Tổng thống Mỹ lạc quan về hòa bình",
     "Ngày 22/5, trong chuyến thăm tới Jerusalem, Tổng thống Mỹ John Miller bày tỏ lạc quan về hòa bình. "
     "Hôm trước, tại Tehran, Iran công bố kết quả bầu cử.",
     "none", None, None),
    ("meet: a closed-door meeting is a meeting",
     "Tổng thống Mỹ họp kín với Ngoại trưởng Nga",
     "Hôm 10/5, Tổng thống Mỹ John Miller đã có cuộc họp kín với Ngoại trưởng Nga Ivan Petrov tại Nhà Trắng.",
     "foreign", "Ivan Petrov", "Hoa Kỳ"),
    ("monarch_visits: royalty known by one name leads its own visit",
     "Hoàng hậu Hà Lan làm việc với Ngân hàng Nhà nước",
     "Chiều 1/6, Hoàng hậu Hà Lan Beatrix sang thăm Việt Nam và dự tọa đàm về tài chính.",
     "inbound", "Beatrix", "Việt Nam"),
    ("monarch_visits: not when the one-word name is met rather than visiting",
     "Thủ tướng tiếp kiến Giáo hoàng",
     "Trong chuyến công tác, Bộ trưởng dự hội nghị sau khi Giáo hoàng Francis thăm Ý.",
     "none", None, None),
    ("sideline_meeting: two leaders' talks on a summit's sidelines are their meeting, where the summit is",
     "Tổng thống Nga tiết lộ nội dung hội đàm với Tổng thống Mỹ",
     "Tổng thống Nga Ivan Petrov tiết lộ nội dung cuộc hội đàm với Tổng thống Mỹ John Miller ngày 7/7 bên lề "
     "Hội nghị Thượng đỉnh G20 diễn ra tại Hamburg, Đức.",
     "foreign", "Ivan Petrov", "Đức"),
    ("sideline_meeting_in: the meeting named first, the two sides after",
     "Nga và Mỹ nhất trí về ngừng bắn",
     "Trong cuộc hội đàm kín bên lề hội nghị thượng đỉnh G20 ở Đức, Tổng thống Nga Ivan Petrov và người đồng cấp "
     "Mỹ John Miller đã nhất trí về lệnh ngừng bắn.",
     "foreign", "Ivan Petrov", "Đức"),
    ("sideline_meeting_in: 'Bên lề' opening the sentence, the two sides after",
     "Nhật Bản và Trung Quốc muốn cải thiện quan hệ",
     "Bên lề Hội nghị thượng đỉnh G20 tại Hamburg, Đức, Thủ tướng Nhật Bản Sato Kenji và Chủ tịch Trung Quốc "
     "Vương Minh đã nhất trí tăng cường đối thoại.",
     "foreign", "Sato Kenji", "Đức"),
    ("visit: a short visit, its length between the visit and its place",
     "Qatar trả lời tối hậu thư",
     "Ngoại trưởng Qatar Ahmed Khalil vừa đáp trả tối hậu thư trong chuyến thăm ngắn tại Kuwait.",
     "foreign", "Ahmed Khalil", "Kuwait"),
    ("sideline_meeting: a meeting between offices still to come is none",
     "Nga và Mỹ chuẩn bị cho cuộc gặp",
     "Thứ trưởng Ngoại giao Mỹ John Miller đã thảo luận về cuộc gặp sắp tới giữa Tổng thống hai nước bên lề "
     "Hội nghị thượng đỉnh G20 tại Đức.",
     "none", None, None),
    ("ship_commander: a navy ship's visit is led by its commander",
     "Tàu hộ vệ Australia thăm Đà Nẵng",
     "Sáng 4/6, tàu hộ vệ HMAS Sydney của hải quân Australia cập cảng tại Đà Nẵng. Thủy thủ đoàn 180 người do "
     "thuyền trưởng, trung tá John Miller chỉ huy.",
     "inbound", "John Miller", "Việt Nam"),
    ("ship_visit, ship_commander: a coast guard ship docks at a port, its commander named after his name",
     "Cảnh sát biển hai nước sẽ diễn tập chung",
     "Sáng 13/6, tàu Cảnh sát biển Nhật Bản mang tên Echigo cùng 85 sĩ quan và thủy thủ đã cập cảng Tiên Sa, "
     "bắt đầu chuyến thăm hữu nghị Đà Nẵng. Đại tá Sato Kenji, Chỉ huy tàu Echigo cho biết chuyến thăm có ý nghĩa.",
     "inbound", "Sato Kenji", "Việt Nam"),
    ("visit_as_framing: a visit framing what a clause naming no one reports, under a headline of that",
     "Kế hoạch thương mại 100 ngày dỡ bỏ rào cản",
     "Ngày 15/5, hai nước nhất trí xem xét các rào cản trong khuôn khổ kế hoạch được công bố nhân chuyến thăm "
     "Mỹ của Chủ tịch Trung Quốc Vương Minh.",
     "none", None, None),
    ("not_event: a visit not allowed to happen",
     "Thổ Nhĩ Kỳ cấm cửa đại sứ Hà Lan",
     "Chúng tôi sẽ không cho phép máy bay chở Đại sứ Hà Lan Jan de Vries hạ cánh xuống Thổ Nhĩ Kỳ.",
     "none", None, None),
    ("office_own_holder: a headline's bare office is the Vietnamese holder when a foreign one is also named",
     "Thủ tướng lên đường thăm Nhật Bản, dự Hội nghị Tương lai châu Á",
     "Thủ tướng Chính phủ Lê Văn Bình rời Hà Nội theo lời mời của Thủ tướng Nhật Bản Sato Kenji.",
     "outbound", "Lê Văn Bình", "Nhật Bản"),
    ("place_visited: where goods are sold is no place of a meeting",
     "Bộ trưởng nói về thương mại",
     "“Khi Thủ tướng hội đàm với Tổng thống John Miller, Tổng thống nêu rõ Việt Nam đang xuất siêu sang Hoa Kỳ.",
     "none", None, None),
    ("break: the one who sends others abroad is not the traveller",
     "Đưa điều dưỡng sang Nhật Bản",
     "Bộ Lao động được Thủ tướng Chính phủ giao nhiệm vụ phái cử điều dưỡng viên sang làm việc tại Nhật Bản.",
     "none", None, None),
    ("protested_summit: a summit named as what protesters oppose",
     "Cảnh sát bị thương trong biểu tình",
     "Ít nhất 111 cảnh sát đã bị thương trong cuộc biểu tình phản đối Hội nghị thượng đỉnh G20 diễn ra tại "
     "Hamburg, Đức.",
     "none", None, None),
    ("not_event: an invitation to visit is no visit",
     "Chủ tịch Hạ viện phản đối",
     "Thủ tướng Anh Mary Stone đã gửi lời mời tân Tổng thống Mỹ John Miller đến thăm Vương quốc Anh sau khi "
     "ông Miller đón tiếp bà tại Washington.",
     "none", None, None),
    ("during_summit: the one a framing summit is about attends it",
     "Chủ tịch nước tiếp xúc bên lề Diễn đàn",
     "Theo Đặc phái viên TTXVN, ngày 15/5, trong thời gian tham dự Diễn đàn cấp cao hợp tác quốc tế tại "
     "Bắc Kinh, Trung Quốc, Chủ tịch nước Lê Văn Bình đã có các cuộc tiếp xúc ngắn.",
     "multilateral", "Lê Văn Bình", "Trung Quốc"),
    ("source_not_guest: a reporter the news is attributed to attends nothing",
     "Các nhà lãnh đạo gặp gỡ",
     "Theo Đặc phái viên TTXVN, ngày 15/5, trong thời gian tham dự Diễn đàn cấp cao quốc tế tại Bắc Kinh, các "
     "nhà lãnh đạo đã trao đổi.",
     "none", None, None),
    ("call_in: a call with two counterparts",
     "Tổng thống Mỹ nói gì với hai nhà lãnh đạo",
     "Trong cuộc điện đàm mới đây với Chủ tịch Trung Quốc Vương Minh và Thủ tướng Nhật Bản Sato Kenji, Tổng thống "
     "Mỹ John Miller đã đề cập đến nhiều vấn đề.",
     "call", None, None),
    ("call_with: a condolence telegram, its word written with a capital",
     "Thủ tướng gửi điện chia buồn",
     "Được tin về vụ nổ tại Manchester, Thủ tướng Chính phủ Lê Văn Bình đã gửi Điện chia buồn tới Thủ tướng Anh "
     "Mary Stone.",
     "call", None, None),
    ("call_between: an initialled transliteration is a full name",
     "Nga và Thổ Nhĩ Kỳ thúc đẩy hợp tác",
     "Tại cuộc điện đàm giữa Tổng thống Nga V.Pu-tin và người đồng cấp Thổ Nhĩ Kỳ T.Éc-đô-gan, hai bên nhất trí "
     "thúc đẩy hợp tác.",
     "call", None, None),
    ("first_listed_guest: the one who invites, listed first with the same office, does not travel",
     "Làm sâu sắc quan hệ",
     "Nhận lời mời của Thủ tướng Nhật Bản S.Sa-tô, Thủ tướng Lê Văn Bình và Phu nhân thăm chính thức Nhật Bản.",
     "outbound", "Lê Văn Bình", "Nhật Bản"),
    ("untitled_guest_placed: someone with no office, met where the sentence does not say, makes no visit",
     "Chủ tịch CLB truyền bí kíp cho ngôi sao Thái Lan",
     "Chiều 5/7, tại Hà Nội, lễ ra mắt đội bóng diễn ra. Chủ tịch CLB TP HCM Lê Công Vinh vừa có cuộc gặp gỡ "
     "với Chanathip Songkrasin, cầu thủ Thái Lan.",
     "none", None, None),
    ("conjectured_event: one only ready to meet another has met no one (cue CONJECTURE: 'sẵn sàng')",
     "Tổng thống Nga sẵn sàng gặp Tổng thống Mỹ tại Slovenia",
     "Tuyên bố được đưa ra sau khi Tổng thống Slovenia Marko Novak đề xuất chọn thủ đô nước này làm nơi diễn ra "
     "cuộc gặp đầu tiên giữa Tổng thống Mỹ John Miller và Tổng thống Nga Ivan Petrov.",
     "none", None, None),
    ("not_event: the words right after a visit place it in the past (cue PAST_AFTER: 'vừa qua')",
     "Họp báo Chính phủ thường kỳ",
     "Phóng viên đặt câu hỏi về chuyến công tác tại Mỹ của Thủ tướng Lê Văn Bình vừa qua.",
     "none", None, None),
    ("not_event: a trip 'hồi tháng 4' is recalled, not reported",
     "Nga - Mỹ bí mật hội đàm",
     "Các cuộc họp diễn ra sau chuyến công du Moscow hồi tháng 4 của Ngoại trưởng Mỹ John Miller.",
     "none", None, None),
    ("in_meeting_with: the meeting first, the one who speaks after it the subject",
     "Ngoại trưởng Nga và Trung Quốc thảo luận",
     "Phát biểu sau cuộc hội đàm với người đồng cấp Nga Ivan Petrov tại Moskva, Ngoại trưởng Trung Quốc "
     "Vương Minh nhấn mạnh quan hệ hai nước.",
     "foreign", "Vương Minh", "Nga"),
    ("in_meeting_with: words between the meeting and 'với' ('cuộc gặp riêng đầu tiên với')",
     "Pháp và Nhật Bản thảo luận",
     "Trong cuộc gặp riêng đầu tiên với Thủ tướng Nhật Bản Sato Kenji tại Tokyo, Tổng thống Pháp Pierre Martin "
     "đã nhấn mạnh quan hệ hai nước.",
     "foreign", "Pierre Martin", "Nhật Bản"),
    ("visit_occasion: the visit as the sentence's opening phrase, its host where the sentence says",
     "Hai nước ký thỏa thuận vũ khí",
     "Nhân chuyến thăm của Tổng thống Mỹ John Miller, Mỹ và Ả-rập Xê-út đã ký kết thỏa thuận vũ khí tại Riyadh.",
     "foreign", "John Miller", "Ả Rập Xê-út"),
    ("visit_occasion: not a trip named inside the clause ('Những ngày cuối trong chuyến công du của …')",
     "Châu Âu chờ đợi ông Miller",
     "Những ngày cuối trong chuyến công du của Tổng thống Mỹ John Miller có thể là khoảng thời gian khó khăn.",
     "none", None, None),
    ("arrive: the one who sends an envoy ('được … cử tới Mỹ') does not arrive (cue NOT_ARRIVING)",
     "Mỹ để ngỏ khả năng đối thoại",
     "Đặc phái viên Kim Min-su, người được Tổng thống Hàn Quốc Park Ji-hoon cử tới Mỹ, cho biết Washington "
     "sẵn sàng đối thoại.",
     "none", None, None),
    ("not_event: a visit as the time of something else ('đúng thời điểm … đang có chuyến thăm')",
     "Hai nước thử nghiệm tên lửa đánh chặn",
     "Vụ thử diễn ra đúng thời điểm Bộ trưởng Quốc phòng Mỹ John Miller đang có chuyến thăm Nhật Bản.",
     "none", None, None),
    ("not_event: a visit recalled at another event ('nhắc lại chuyến thăm')",
     "Tổng thống Pháp chúc Tết cộng đồng châu Á",
     "Tại buổi lễ ở Paris, Tổng thống Pháp Pierre Martin đã nhắc lại chuyến thăm Việt Nam thành công.",
     "none", None, None),
    ("not_event: … and 'đúng vào lúc'",
     "Hai nước thử nghiệm tên lửa đánh chặn",
     "Vụ thử diễn ra đúng vào lúc Bộ trưởng Quốc phòng Mỹ John Miller đang có chuyến thăm Nhật Bản.",
     "none", None, None),
    ("received_by: the one received, and whom by",
     "Bộ trưởng Ngoại giao Pháp thăm Việt Nam",
     "Bộ trưởng Ngoại giao Pháp Pierre Martin được Thủ tướng Lê Văn Bình tiếp tại Hà Nội.",
     "inbound", "Pierre Martin", "Việt Nam"),
    ("received_by: 'trực tiếp' holds no 'tiếp' (one received)",
     "Bộ trưởng Ngoại giao Pháp phát biểu",
     "Bộ trưởng Ngoại giao Pháp Pierre Martin được Thủ tướng Lê Văn Bình phát trực tiếp tại Hà Nội.",
     "none", None, None),
    ("not_event: a finished visit's results told at home ('về kết quả') are no report of it",
     "Thủ tướng: Cần xác định trách nhiệm với chỉ tiêu tăng trưởng",
     "Phát biểu khai mạc, Thủ tướng Lê Văn Bình thông báo với các thành viên Chính phủ về kết quả tốt đẹp của "
     "chuyến thăm chính thức Hoa Kỳ.",
     "none", None, None),
    ("not_event: a talk about a visit ('chuyên đề về') is no report of it",
     "Hội nghị báo cáo viên các tỉnh ủy",
     "Tại hội nghị, các đại biểu đã nghe các chuyên đề về chuyến thăm chính thức Trung Quốc của Tổng Bí thư "
     "Trần Văn An.",
     "none", None, None),
    ("arrive: a bare 'đến' after 'nhắm' arrives nowhere (cue NOT_ARRIVING)",
     "Thủ tướng Australia cảnh báo Trung Quốc",
     "Thủ tướng Australia John Miller hôm qua có bài phát biểu nhắm đến Trung Quốc tại diễn đàn ở Singapore.",
     "none", None, None),
    ("summit_held: a summit closed in a place (cue SUMMIT_HELD 'khép lại') is that multilateral event",
     "G20 cần hợp sức để vượt qua thách thức",
     "Hội nghị thượng đỉnh G20 đã khép lại sau 2 ngày làm việc tại Hamburg ở Đức.",
     "multilateral", None, "Đức"),
    ("destination_chosen: a trip's first destination chosen is that visit",
     "Thủ tướng Israel và chiến dịch ngoại giao",
     "Thủ tướng Israel David Levi chọn Luân Đôn là điểm đến đầu tiên trong chuyến công du nước ngoài năm nay.",
     "foreign", "David Levi", "Vương quốc Anh"),
    ("destination_chosen: only an official's trip: tourists choosing a country make no visit",
     "Du lịch tăng trưởng",
     "Nhiều du khách chọn Việt Nam là điểm đến trong dịp Tết.",
     "none", None, None),
    ("said_in_meeting: what was said in the talks, after 'cho biết,'",
     "Pháp và Đức hợp tác",
     "Bộ trưởng Kinh tế Pháp Jean Martin cho biết, trong cuộc hội đàm với người đồng cấp Đức Hans Weber tại "
     "Berlin ngày 22/5, hai nước đã nhất trí đẩy nhanh hội nhập.",
     "foreign", "Jean Martin", "Đức"),
    ("title_gate: a headline with no event; the body's recollection is not the article's event",
     "Giá vàng tăng mạnh",
     "Giá vàng trong nước sáng nay tăng 200.000 đồng mỗi lượng.",
     "none", None, None),
]


@pytest.mark.parametrize(("case", "title", "lead", "kind", "leader", "host"), CASES, ids=[c[0] for c in CASES])
def test_event_rules(case, title, lead, kind, leader, host):
    found_kind, found_leader, found_host, a = event(title, lead)
    assert (found_kind, found_leader, found_host) == (kind, leader, host), case
    assert a.kind.rule and (a.kind.evidence or kind == "none")
    if kind in ("call", "none"):
        assert a.visits == []  # a call or nothing: no ✈ line, no timeline row, no CSV row


def test_without_stated_place_unplaced_the_lead_s_other_country_would_host():
    lead = ("Ngày 22/5, trong chuyến thăm tới Jerusalem, Tổng thống Mỹ John Miller nói về hòa bình. "
            "Hôm trước, tại Tehran, Iran công bố kết quả bầu cử.")
    with disabled("stated_place_unplaced"):
        assert event("Tổng thống Mỹ lạc quan", lead)[2] == "Iran"
    assert event("Tổng thống Mỹ lạc quan", lead)[0] == "none"


def test_a_trip_s_main_country_is_the_one_its_counterparts_serve():
    trip = article("Chủ tịch nước kết thúc chuyến thăm chính thức Belarus và Nga",
                   "Ngày 1/7, Chủ tịch nước Lê Văn Bình kết thúc chuyến thăm chính thức Belarus và Nga. Trước khi "
                   "rời Saint Petersburg, Chủ tịch nước Lê Văn Bình đã gặp Thống đốc Saint Petersburg Ivan Petrov.")
    a = analyze(trip)
    assert [v.host_country for v in a.visits] == ["Nga", "Belarus"]  # rule trip_main_by_counterparts
    assert [m.name for m in a.visits[0].met] == ["Ivan Petrov"]
    with disabled("trip_main_by_counterparts"):
        assert [v.host_country for v in analyze(trip).visits] == ["Belarus", "Nga"]


def test_a_leader_named_through_an_office_holds_that_office_here():
    a = analyze(article("Thủ tướng tiếp Chủ tịch Quốc hội Campuchia",
                        "Chiều 24/6, tại Hà Nội, Thủ tướng Lê Văn Bình tiếp Chủ tịch Quốc hội Vương quốc "
                        "Campuchia Samdech Heng Sophal đang thăm hữu nghị chính thức Việt Nam."))
    (visit,) = a.visits
    assert visit.leader_title == "Chủ tịch Quốc hội Vương quốc Campuchia"


def test_a_photo_caption_s_older_meeting_gives_neither_the_date_nor_its_year():
    a = analyze(article("Kỳ họp Ủy ban liên Chính phủ Việt Nam - Lào",
                        "Kỳ họp lần thứ 40 được tổ chức tại Hà Nội.",
                        "Thủ tướng Lê Văn Bình và Thủ tướng Lào Souk Vongsa trong cuộc hội kiến chiều ngày "
                        "23/11/2016 nhân dịp dự Hội nghị Cấp cao. Ngày 7/2, Thủ tướng Lào Souk Vongsa dẫn đầu "
                        "đoàn đại biểu Chính phủ Lào tới Việt Nam dự kỳ họp."))
    (visit,) = a.visits
    assert (a.kind.kind, visit.leader, visit.host_country) == ("inbound", "Souk Vongsa", "Việt Nam")
    assert visit.day_month == "07/02" and visit.start is None  # not 23/11/2016


def test_every_fact_keeps_its_rule_and_sentence():
    _k, _l, _h, a = event(*CASES[0][1:3])
    (visit,) = a.visits
    # The headline decides the kind; it names the office, so the lead names the leader.
    assert a.kind.rule == "kind_reception:receive" and a.kind.evidence == CASES[0][1]
    assert visit.leader_rule == "leader_by_office" and visit.host_rule.startswith("host_")
    (met,) = visit.met
    assert (met.name, met.title, met.rule) == ("Trần Văn An", "Chủ tịch nước", "met:receive")
    assert "tiếp" in met.evidence


def test_counterparts_are_the_other_side_not_the_delegation_nor_a_planned_meeting():
    a = analyze(article(
        "Thủ tướng Lê Văn Bình thăm chính thức Nhật Bản",
        "Sáng 5/6, tại Tokyo, Thủ tướng Lê Văn Bình đã hội đàm với Thủ tướng Nhật Bản Sato Ken.",
        "Cùng ngày, Thủ tướng Lê Văn Bình hội kiến Chủ tịch Hạ viện Nhật Bản Ono Jiro.",
        "Ngày mai, Thủ tướng Lê Văn Bình sẽ hội kiến Thống đốc Tokyo Mori Yuki.",
        "Bộ trưởng Ngoại giao Phạm Văn Cường cùng đi trong đoàn đã gặp Thủ tướng Lê Văn Bình.",
    ))
    (visit,) = a.visits
    assert [m.name for m in visit.met] == ["Sato Ken", "Ono Jiro"]


def test_a_trip_to_two_countries_is_two_visits():
    a = analyze(article("Đoàn Thành ủy Hà Nội thăm Argentina và Peru",
                        "Phó Bí thư Thành ủy Hà Nội Ngô Văn Hải dẫn đầu đoàn đã có chuyến thăm và làm việc tại "
                        "Argentina và Peru từ ngày 19 đến 30/10."))
    assert [v.host_country for v in a.visits] == ["Argentina", "Peru"]
    assert a.visits[1].host_rule == "trip_countries"


def test_a_trip_s_other_country_may_be_named_in_the_lead_not_the_headline():
    a = analyze(article("Thủ tướng Lê Văn Bình đã tới Bern, bắt đầu thăm Thụy Sĩ",
                        "Thủ tướng Lê Văn Bình đã tới Bern, bắt đầu chuyến thăm chính thức Thụy Sĩ và Áo.",
                        "Tại Bern, Thủ tướng gặp Tổng thống Thụy Sĩ Hans Keller."))
    assert [(v.leader, v.host_country) for v in a.visits] == [("Lê Văn Bình", "Thụy Sĩ"), ("Lê Văn Bình", "Áo")]
    assert a.visits[1].host_rule == "trip_countries"


def test_an_office_named_without_a_person_finds_its_holder():
    a = analyze(article("Chủ tịch nước chủ trì lễ đón Tổng thống Mozambique",
                        "Sáng 25/6, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Long chủ trì lễ đón chính thức Tổng "
                        "thống Mozambique Joaquim Nhaca thăm cấp Nhà nước tới Việt Nam."))
    (visit,) = a.visits
    assert (a.kind.kind, visit.leader, visit.host_country) == ("inbound", "Joaquim Nhaca", "Việt Nam")


def test_rules_can_be_switched_off_for_measurement():
    title, lead = CASES[3][1:3]
    assert event(title, lead)[0] == "outbound"
    with disabled("visit"):
        assert event(title, lead)[0] != "outbound" or event(title, lead)[3].kind.rule != "kind_outbound:visit"
    with disabled("event"):
        assert event(title, lead)[0] == "none"


def test_unknown_macro_in_a_rule_is_an_error():
    from app.nlp.frames import expand

    with pytest.raises(ValueError, match="NOPE"):
        expand("{P} {NOPE}")


def test_the_visits_date_is_the_date_of_the_sentence_that_reports_it():
    a = analyze(article(
        "Chủ tịch nước Trần Văn An thăm chính thức Liên bang Nga",
        "Việt Nam và Liên minh Kinh tế Á - Âu đã ký Hiệp định Thương mại tự do vào ngày 29.5.2015.",
        "Chiều qua 28.6, Chủ tịch nước Trần Văn An đã tới thủ đô Moscow, bắt đầu chuyến thăm chính thức Nga.",
    ))
    (visit,) = a.visits
    assert (visit.host_country, visit.day_month, visit.start) == ("Nga", "28/06", None)


def test_earlier_the_same_day_is_still_the_event_and_its_counterparts():
    a = analyze(article(
        "Chủ tịch nước Trần Văn An hội đàm với Tổng thống Chile",
        "Trong bối cảnh đó, chiều 10/11, tại Santiago de Chile, Chủ tịch nước Trần Văn An đã hội đàm với "
        "Tổng thống Chile Gabriel Boric.",
        "Trước đó, Chủ tịch nước Trần Văn An đã hội kiến Chủ tịch Thượng viện Chile Manuel Ossandón.",
    ))
    (visit,) = a.visits
    assert (a.kind.kind, visit.host_country) == ("outbound", "Chile")
    assert [m.name for m in visit.met] == ["Gabriel Boric", "Manuel Ossandón"]


def test_the_host_evidence_is_the_sentence_that_names_the_host():
    a = analyze(article("Thủ tướng Lê Văn Bình hội đàm với Thủ tướng Sato Ken",
                        "Chiều 5/6, tại Tokyo, Thủ tướng Lê Văn Bình đã hội đàm với Thủ tướng Nhật Bản Sato Ken."))
    (visit,) = a.visits
    assert visit.host_country == "Nhật Bản" and "Tokyo" in visit.host_evidence


def test_a_caption_glued_before_a_paragraph_names_no_counterpart():
    """The photo's caption and its credit open the paragraph (rule glued_caption): the photo is of
    an earlier visit, so the host in it was not met on this one."""
    paragraphs = ("Giáo sư Tanaka Ichiro trả lời phỏng vấn về chuyến thăm Nhật Bản của Thủ tướng Lê Văn Bình.",
                  "Thủ tướng Nhật Bản Sato Ken đón Thủ tướng Lê Văn Bình trong chuyến thăm Nhật Bản, tháng 5/2015. "
                  "(Ảnh: Minh Đức/TTXVN). Nhân dịp Thủ tướng Lê Văn Bình sẽ thăm chính thức Nhật Bản từ ngày "
                  "4/6, phóng viên đã phỏng vấn giáo sư.")
    a = analyze(article("Quan hệ Việt - Nhật tốt đẹp", *paragraphs))
    (visit,) = a.visits
    assert (visit.leader, visit.host_country, visit.met) == ("Lê Văn Bình", "Nhật Bản", ())
    with disabled("glued_caption"):
        (visit,) = analyze(article("Quan hệ Việt - Nhật tốt đẹp", *paragraphs)).visits
    assert [m.name for m in visit.met] == ["Sato Ken"]


def test_a_meeting_a_commentator_supposes_names_no_counterpart():
    """"Tờ báo nhận định khi A gặp B, hai bên có thể sẽ bàn …" (rule conjecture)."""
    paragraphs = ("Thủ tướng Lê Văn Bình đã đến Washington, bắt đầu chuyến thăm chính thức Hoa Kỳ.",
                  "Một tờ báo nhận định khi Thủ tướng Lê Văn Bình gặp Tổng thống Mỹ John Miller, hai nhà lãnh "
                  "đạo có thể sẽ bàn về thương mại.")
    (visit,) = analyze(article("Thủ tướng Lê Văn Bình đến Washington", *paragraphs)).visits
    assert (visit.leader, visit.host_country, visit.met) == ("Lê Văn Bình", "Hoa Kỳ", ())
    with disabled("conjecture", "conjectured_event"):  # both read the cue "nhận định"
        (visit,) = analyze(article("Thủ tướng Lê Văn Bình đến Washington", *paragraphs)).visits
    assert [m.name for m in visit.met] == ["John Miller"]


def test_two_foreign_leaders_meeting_in_a_third_country_is_a_foreign_visit_there():
    """Rule third_country: neither side is from the country where they meet."""
    title = "Tổng thống Mỹ và Tổng thống Nga hội đàm"
    lead = ("Tổng thống Mỹ John Miller và Tổng thống Nga Ivan Petrov hôm nay 7/7 đã bắt đầu cuộc hội đàm "
            "bên lề hội nghị thượng đỉnh G20 ở thành phố Hamburg của Đức.")
    kind, leader, host, a = event(title, lead)
    assert (kind, leader, host) == ("foreign", "John Miller", "Đức")
    assert [m.name for m in a.visits[0].met] == ["Ivan Petrov"]
    with disabled("third_country"):
        assert event(title, lead)[0] == "none"


@pytest.mark.parametrize("lead, guest", [
    ("Trong cuộc điện đàm với Chủ tịch Trung Quốc Lý Minh, Tổng thống Mỹ John Miller tái khẳng định lập trường.",
     "John Miller"),
    ("Tại cuộc điện đàm giữa Tổng thống Nga Ivan Petrov và người đồng cấp Pháp Jean Martin, hai bên nhất trí hợp tác.",
     "Ivan Petrov"),
])
def test_a_call_named_as_a_noun_is_a_call(lead, guest):
    """Rules call_in and call_between: "Trong cuộc điện đàm với A, B …", "cuộc điện đàm giữa A và B"."""
    kind, _leader, _host, a = event("Thấy gì qua cuộc điện đàm", lead)
    assert kind == "call" and a.visits == [] and guest in a.kind.evidence


def test_a_leader_travelling_with_a_spouse_is_the_guest_not_the_spouse():
    """Rule spouse_not_guest: the frame's guest is the name nearest its verb; the leader is named first."""
    title = "Bắt đầu chuyến công du đầu tiên"
    lead = ("Ngày 20/5, Tổng thống Mỹ John Miller và Đệ nhất phu nhân Anna Miller đã tới thủ đô Riyadh "
            "của Ả Rập Xê-út.")
    assert event(title, lead)[:3] == ("foreign", "John Miller", "Ả Rập Xê-út")
    with disabled("spouse_not_guest"):
        assert event(title, lead)[1] != "John Miller"


def test_a_leader_named_after_arriving_somewhere_is_visiting_it():
    """Rule after_arriving: "ngay sau khi đến thủ đô Minsk, Chủ tịch nước … đã …"."""
    title = "Chủ tịch nước gặp cựu chiến binh Belarus"
    lead = ("Chiều 26/6 theo giờ địa phương, ngay sau khi đến thủ đô Minsk, Chủ tịch nước Lê Văn Bình "
            "đã có buổi gặp mặt thân mật với các cựu chiến binh Belarus.")
    kind, leader, host, a = event(title, lead)
    assert (kind, leader, host) == ("outbound", "Lê Văn Bình", "Belarus")
    assert a.kind.rule == "kind_outbound:after_arriving"
    with disabled("after_arriving"):
        assert event(title, lead)[0] == "none"


def test_a_meeting_s_place_may_be_in_a_later_sentence_naming_the_same_two_people():
    """Rule host_same_meeting: the headline names no event, the meeting sentence no place; a later
    sentence of the lead names both people and where they met."""
    paragraphs = ("Thủ tướng Belarus khẳng định sẵn sàng nhập khẩu nông sản của Việt Nam.",
                  "Chủ tịch nước Lê Văn Bình hội kiến Thủ tướng Belarus Ivan Petrov.",
                  "Chiều 27/6, tiếp tục các hoạt động, tại thủ đô Minsk, Chủ tịch nước Lê Văn Bình đã có "
                  "cuộc hội kiến với Thủ tướng Belarus Ivan Petrov.")
    title = "Belarus sẵn sàng nhập khẩu nông sản Việt Nam"
    kind, leader, host, a = event(title, *paragraphs)
    assert (kind, leader, host) == ("outbound", "Lê Văn Bình", "Belarus")
    assert a.visits[0].host_rule == "host_place_at_same_meeting"
    assert a.visits[0].day_month == "27/06"
    # (the dated third sentence reports the meeting itself too: rule dated_report)
    with disabled("host_same_meeting", "dated_report"):
        assert event(title, *paragraphs)[0] == "none"


@pytest.mark.parametrize(("second", "expected"), [
    ("Cuộc họp của ông Miller và ông Petrov diễn ra ở thành phố Hamburg của Đức.", ("foreign", "John Miller", "Đức")),
    # A place said of one of them only is no place of the meeting.
    ("Ông Petrov từng học đại học ở thành phố Hamburg của Đức.", ("none", None, None)),
])
def test_two_foreign_leaders_meet_where_a_sentence_naming_both_says(second, expected):
    """Rules host_same_meeting and third_country_same_meeting: the meeting sentence says "bên lề
    G20" and no place; the lead's place counts only where its sentence names both people."""
    title = "Cuộc hội đàm lịch sử của hai tổng thống"
    lead = ("Bên lề hội nghị thượng đỉnh G20 ngày 7/7, Tổng thống Mỹ John Miller và người đồng cấp Nga "
            "Ivan Petrov đã có cuộc hội đàm kéo dài hơn 2 giờ.")
    assert event(title, lead, second)[:3] == expected


@pytest.mark.parametrize(("title", "lead", "expected"), [
    ("Tổng thống Hoa Kỳ John Miller chào đón Thủ tướng Lê Văn Bình",
     '"Thật vinh dự được đón ngài. Thủ tướng đã có những nỗ lực tuyệt vời ở Việt Nam", '
     "Tổng thống John Miller phát biểu.",
     ("outbound", "Lê Văn Bình", "Hoa Kỳ")),
    ("Chủ tịch Cuba Pedro Ruiz tiếp Bộ trưởng Quốc phòng Lê Văn Bình",
     "Chiều 6/6, Đại tướng Pedro Ruiz ca ngợi những thành tựu ở Việt Nam và đã tiếp thân mật đoàn đại biểu.",
     ("outbound", "Lê Văn Bình", "Cuba")),
])
def test_a_foreigner_receiving_a_vietnamese_does_so_at_home(title, lead, expected):
    """Rule foreign_receiver_at_home: the lead's place (a quote's "ở Việt Nam") does not make the
    foreign receiver the visitor."""
    assert event(title, lead)[:3] == expected
    with disabled("foreign_receiver_at_home"):
        assert event(title, lead)[:3] != expected


def test_a_trip_the_leader_has_returned_from_is_not_where_the_event_is():
    """Rule returned_from: "ngay sau khi trở về từ chuyến thăm chính thức Hoa Kỳ" names a trip that is over."""
    title = "Thủ tướng tiếp Đại sứ Cộng hòa Séc"
    lead = ("Được Thủ tướng Lê Văn Bình tiếp ngay sau khi Thủ tướng trở về từ chuyến thăm chính thức Hoa Kỳ, "
            "Đại sứ Cộng hòa Séc Jan Novak cho biết ông rất ấn tượng.")
    later = "Buổi tiếp diễn ra tại Hà Nội chiều 2/6."
    assert event(title, lead, later)[:3] == ("reception", "Jan Novak", "Việt Nam")
    assert event(title, lead)[0] == "none"  # no place where the meeting is: unknown, not Hoa Kỳ
    with disabled("returned_from"):
        assert event(title, lead, later)[2] == "Hoa Kỳ"


def test_a_visit_that_may_happen_is_not_reported():
    """Rule conjectured_event: "có thể thăm" is a possibility; and "không nên đến" (not_event) advice."""
    title = "Tổng thống Mỹ John Miller có thể thăm chính thức Việt Nam vào tháng 11"
    lead = "Giới quan sát cho rằng chuyến thăm sẽ diễn ra nhân dịp hội nghị."
    assert event(title, lead)[0] == "none"
    with disabled("conjectured_event"):
        assert event(title, lead)[:3] == ("inbound", "John Miller", "Việt Nam")
    advice = ("Mỹ cảnh báo công dân", "Người phát ngôn Bộ Ngoại giao Mỹ Anna Miller nói công dân Mỹ không nên "
              "đến Triều Tiên vào lúc này.")
    assert event(*advice)[0] == "none"
    # The cue governs its clause across the guest's title.
    likely = ("Quốc vương muốn tăng cường quan hệ với Nga",
              "Theo truyền thông Nga, nhiều khả năng Quốc vương Ả Rập Xê Út Abdul Karim sẽ đến thăm Nga vào mùa thu.")
    assert event(*likely)[0] == "none"
    with disabled("conjectured_event"):
        assert event(*likely)[0] == "foreign"


@pytest.mark.parametrize(("case", "title", "lead"), [
    ("a bare 'tới' after a time word is no arrival ('vào tuần tới ở Washington')",
     "Giông bão trước cuộc gặp đầu tiên",
     "Tổng thống Hàn Quốc Kim Min-su sẽ gặp Tổng thống Mỹ John Miller vào tuần tới ở Washington."),
    ("a bare 'tới' far from the person is a preposition ('quyền đi lại của công dân Mỹ tới Cuba')",
     "Nhiều thách thức mới",
     "Cuba nhấn mạnh những biện pháp mà Tổng thống John Miller công bố đặt ra rào cản mới cho doanh nghiệp Mỹ, "
     "cản trở quyền đi lại của công dân Mỹ tới Cuba."),
    ("a commentator telling of a meeting between two others is not a party to it",
     "Nga đánh giá cao cuộc gặp",
     "Ngoại trưởng Nga Ivan Petrov đánh giá cao cuộc gặp đầu tiên giữa Tổng thống Mỹ John Miller và "
     "Tổng thống Pháp Jean Martin."),
    ("a bare 'sang' in what someone says is no arrival of theirs",
     "HLV thừa nhận đối thủ yếu",
     "HLV Ivan Petrov cho rằng, đội bạn không mang đội hình tốt nhất sang Việt Nam."),
    ("one who reveals what happened at a meeting is no guest of it",
     "Tiết lộ về cuộc gặp",
     "Ngoại trưởng Mỹ Adam Brown đã tiết lộ chi tiết về cuộc gặp với Tổng thống Nga Ivan Petrov."),
])
def test_words_that_look_like_a_visit_but_are_not(case, title, lead):
    kind, leader, _host, _a = event(title, lead)
    assert leader not in ("John Miller", "Ivan Petrov", "Adam Brown"), case
    assert kind in ("none", "foreign"), case


def test_a_bare_arrival_next_to_its_traveller_is_a_visit():
    """Rule arrive: "Thủ tướng … tới Tokyo" with nothing between but a title."""
    assert event("Thủ tướng Lê Văn Bình tới Tokyo", "Chiều 5/6, đoàn đã lên đường.")[:3] == (
        "outbound", "Lê Văn Bình", "Nhật Bản")


def test_a_leader_visiting_a_territory_of_their_own_country_makes_no_foreign_visit():
    """territory_sovereigns.tsv: Hồng Kông belongs to Trung Quốc; Puerto Rico to Hoa Kỳ."""
    assert event("Chủ tịch Trung Quốc Lý Minh thăm Hồng Kông", "Ngày 29/6, ông Lý Minh đã tới Hồng Kông.")[0] == "none"
    assert event("Tổng thống Mỹ John Miller thăm Puerto Rico", "Ngày 3/10, ông đã tới Puerto Rico.")[0] == "none"
    assert event("Thủ tướng Anh Jane Smith thăm Hồng Kông", "Ngày 29/6, bà đã tới Hồng Kông.")[:2] == (
        "foreign", "Jane Smith")


def test_guests_listed_with_one_office_are_led_by_the_first_named():
    """Rule first_listed_guest: the frame's guest is the name nearest the verb, the last of a list."""
    title = "Chủ tịch nước tiếp các Đại sứ trình Quốc thư"
    lead = ("Sáng 13/7, tại Phủ Chủ tịch, Đại sứ Tây Ban Nha Jose Garcia, Đại sứ Cộng hòa Yemen Adel Hamid "
            "đã trình Quốc thư lên Chủ tịch nước Lê Văn Bình.")
    assert event(title, lead)[:3] == ("reception", "Jose Garcia", "Việt Nam")
    with disabled("first_listed_guest"):
        assert event(title, lead)[1] == "Adel Hamid"


def test_a_country_written_with_an_abbreviated_form_of_state_is_the_place():
    """PRE words "CH", "LB", "CHLB": "chuyến thăm CH Belarus", "thăm chính thức LB Nga"."""
    assert event("Chủ tịch nước Lê Văn Bình kết thúc chuyến thăm CH Belarus", "Chiều 28/6, đoàn rời Minsk.")[:3] == (
        "outbound", "Lê Văn Bình", "Belarus")


def test_a_planned_meeting_whose_place_is_not_said_is_no_visit():
    """Rule planned_meeting_elsewhere: a meeting announced without a place takes none from the lead."""
    title = "Tổng thống Mỹ bắt đầu chuyến công du đầu tiên"
    paragraphs = ("Chuyên cơ cất cánh lúc 14h ngày 19/5 (giờ Mỹ).",
                  "Ông John Miller sẽ gặp Quốc vương Ả Rập Xê-út Salman, Thủ tướng Israel Ben Levi và Giáo hoàng.")
    assert event(title, *paragraphs)[0] == "none"
    with disabled("planned_meeting_elsewhere"):
        assert event(title, *paragraphs)[0] != "none"


def test_a_state_visit_written_with_a_capital_nha_nuoc_names_its_country():
    """Cues "chuyến thăm cấp Nhà nước tới Peru": news capitalises Nhà nước as often as not."""
    assert event("Chủ tịch nước Lê Văn Bình thăm Quốc hội Peru",
                 "Sáng 15/11, tại Lima, Chủ tịch nước Lê Văn Bình đã thăm Quốc hội Peru và gặp gỡ các nghị sĩ, "
                 "tiếp tục chuyến thăm cấp Nhà nước tới Peru.")[:3] == ("outbound", "Lê Văn Bình", "Peru")


def test_a_dotted_date_does_not_end_a_frame():
    # "ngày 13.7" is a date, not a sentence's end: the frame reads across it.
    kind, leader, host, _ = event("Tổng thống khen món ăn Pháp",
                                  "Trong chuyến thăm Pháp ngày 13.7, Tổng thống Mỹ John Carter ca ngợi ẩm thực nước chủ nhà.")
    assert (kind, leader, host) == ("foreign", "John Carter", "Pháp")


def test_the_speaker_in_a_meeting_met_the_other_and_a_state_body_s_seat_is_its_country():
    title = "Quan hệ hai nước là đặc biệt quý giá"
    lead = "Chủ tịch Hạ viện Nga Ivan Petrov nhấn mạnh điều này trong cuộc hội kiến Chủ tịch nước Trần Văn An."
    body = ("Sáng 30/6 theo giờ địa phương, tại trụ sở Hạ viện Nga, Chủ tịch nước Trần Văn An đã hội kiến"
            " Chủ tịch Hạ viện Nga I.Petrov.")
    kind, leader, host, a = event(title, lead, body)
    assert (kind, leader, host) == ("outbound", "Trần Văn An", "Nga")
    assert a.kind.rule == "kind_outbound:said_in_meeting"
    assert a.visits[0].host_rule == "host_place_seat_same_meeting"  # "I.Petrov" is "Ivan Petrov"
    with disabled("said_in_meeting"):
        assert event(title, lead, body)[3].kind.rule != "kind_outbound:said_in_meeting"
    with disabled("place_seat"):
        assert event(title, lead, body)[2] is None


def test_an_embassy_s_seat_is_not_its_country():
    kind, leader, host, _ = event("Đại sứ Nga trao đổi về hợp tác",
                                  "Đại sứ Nga Ivan Petrov nhấn mạnh điều này trong cuộc gặp Bộ trưởng Trần Văn An.",
                                  "Cuộc gặp diễn ra tại trụ sở Đại sứ quán Nga, Bộ trưởng Trần Văn An gặp Đại sứ Petrov.")
    assert host != "Nga"


def test_a_summit_s_own_place_may_come_first_or_after_its_venue():
    here = ("Bế mạc Hội nghị Thượng đỉnh Doanh nhân nữ toàn cầu",
            "Ngày 14/5, tại Seoul (Hàn Quốc), đã diễn ra Lễ Bế mạc Hội nghị Thượng đỉnh Doanh nhân nữ toàn cầu.")
    assert event(*here)[:3] == ("multilateral", None, "Hàn Quốc")
    with disabled("summit_held_here"):
        assert event(*here)[0] == "none"
    venue = ("Hội nghị G7 đạt đồng thuận về thương mại",
             "Các nhà lãnh đạo G7 nhất trí về thương mại tự do.",
             "Hội nghị Thượng đỉnh G7 diễn ra trong hai ngày 26 và 27/5 tại Nhà hát Taormina, Italy.")
    assert event(*venue)[:3] == ("multilateral", None, "Italy")


def test_a_delegation_s_part_in_a_summit_is_where_the_lead_says_the_summit_is_held():
    title = "Bế mạc Hội nghị Thượng đỉnh Doanh nhân nữ toàn cầu"
    paragraphs = ("Ngày 14/5, tại Seoul (Hàn Quốc), đã diễn ra Lễ Bế mạc Hội nghị Thượng đỉnh Doanh nhân nữ toàn cầu.",
                  "Phó Chủ tịch nước Lê Thị Hoa dự và phát biểu tại Lễ bế mạc Hội nghị Thượng đỉnh Doanh nhân nữ toàn cầu.")
    kind, leader, host, a = event(title, *paragraphs)
    assert (kind, leader, host) == ("multilateral", "Lê Thị Hoa", "Hàn Quốc")
    assert a.visits[0].leader_rule == "leader_later:attend_summit"
    with disabled("host_summit_held"):  # the delegation's own sentence names no place
        assert event(title, *paragraphs)[:3] == ("multilateral", None, "Hàn Quốc")
    # A summit named with no place anywhere is no visit: the lead's other places may be topics.
    topic = ("Phó Chủ tịch nước dự Hội nghị Thượng đỉnh Doanh nhân nữ toàn cầu",
             "Phó Chủ tịch nước Lê Thị Hoa dự Hội nghị Thượng đỉnh Doanh nhân nữ toàn cầu, bàn về thương mại với Hàn Quốc.")
    assert event(*topic)[0] == "none"


def test_a_summit_yet_to_come_that_no_one_is_said_to_attend_is_no_event():
    title, lead = ("Cựu Thủ tướng Italy kêu gọi nối lại quan hệ với Nga",
                   "Ông Marco Rossi cho biết điều này trước khi Hội nghị thượng đỉnh G7 sẽ được tổ chức tại "
                   "thành phố Taormina, Italy vào cuối tháng 5.")
    assert event(title, lead)[0] == "none"
    with disabled("planned_summit"):
        assert event(title, lead)[:3] == ("multilateral", None, "Italy")
    # Announced with its days, the summit is the article's news.
    dated = ("Thách thức chờ đợi G20 tại Hamburg",
             "Hội nghị thượng đỉnh G20 sẽ được tổ chức tại Hamburg (Đức) từ 7-8/7.")
    assert event(*dated)[:3] == ("multilateral", None, "Đức")


def test_a_bare_office_serves_the_country_of_its_one_holder():
    title = "Ký thỏa thuận hợp tác trị giá 2 tỷ USD"
    paragraphs = ("Trong khuôn khổ chuyến thăm chính thức của Thủ tướng tới Nhật Bản, chiều 5/6, Thủ tướng đã "
                  "chứng kiến lễ ký thỏa thuận hợp tác giữa hai tập đoàn.",
                  "Thủ tướng Lê Văn Bình chứng kiến lễ ký tại Tokyo.")
    kind, leader, host, a = event(title, *paragraphs)
    assert (kind, leader, host) == ("outbound", "Lê Văn Bình", "Nhật Bản")
    assert a.visits[0].leader_rule == "leader_by_office"
    with disabled("office_holder_side"):
        assert event(title, *paragraphs)[0] == "none"


def test_a_summit_named_by_a_slot_is_international_by_that_name():
    title, lead = ("Việt Nam tham dự Hội nghị Ngoại trưởng G20",
                   "Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Hải sẽ dẫn đầu đoàn đại biểu Việt Nam dự Hội nghị "
                   "Ngoại trưởng Nhóm nước G20 (diễn đàn của 20 nền kinh tế lớn) tại thành phố Bonn - Đức, trong "
                   "hai ngày 16 và 17-2.")
    assert event(title, lead)[:3] == ("multilateral", "Lê Văn Hải", "Đức")
    with disabled("summit_name_slot"):  # then it reads as a bilateral forum abroad, part of a visit
        assert event(title, lead)[0] == "outbound"
    with disabled("place_city_country"):  # a city the gazetteer lacks, qualified by its country
        assert event(title, lead)[0] == "none"


def test_a_bilateral_forum_abroad_is_part_of_a_visit_and_the_first_named_attends():
    title = "Thủ tướng Lê Văn Bình và Thủ tướng Sato Ken dự Hội nghị Xúc tiến đầu tư Việt Nam"
    lead = ("Chiều 5/6, tại Tokyo, Nhật Bản, Thủ tướng Lê Văn Bình cùng Thủ tướng Nhật Bản Sato Ken đã tham dự "
            "Hội nghị Xúc tiến đầu tư Việt Nam.")
    kind, leader, host, a = event(title, lead)
    assert (kind, leader, host) == ("outbound", "Lê Văn Bình", "Nhật Bản")
    assert a.kind.rule == "kind_outbound:attend_summit_abroad"
    with disabled("attend_abroad"):
        assert event(title, lead)[0] == "none"
    with disabled("attends_with"):  # the one named nearest the verb is Japan's own, at home
        assert event(title, lead)[0] == "none"
    # A forum at home is no visit, and an international one abroad stays a summit.
    assert event("Bộ trưởng dự Hội nghị Xúc tiến đầu tư", "Chiều 5/6, tại Hà Nội, Bộ trưởng Bộ Công Thương "
                 "Trần Văn Nam đã tham dự Hội nghị Xúc tiến đầu tư Việt Nam.")[0] == "none"
    assert event("Thủ tướng dự Hội nghị Cấp cao ASEAN", "Sáng 13/11, tại Manila, Thủ tướng Lê Văn Bình đã dự "
                 "Hội nghị Cấp cao ASEAN.")[0] == "multilateral"


def test_an_arrival_for_an_international_summit_is_the_summit_s_and_the_bare_office_its_own_holder():
    title = "Thủ tướng đến Viêng Chăn dự Diễn đàn Kinh tế thế giới về ASEAN"
    paragraphs = ("Nhận lời mời của Thủ tướng Lào Bounmy Keo, Thủ tướng Lê Văn Bình dẫn đầu Đoàn đại biểu Việt Nam "
                  "tham dự Diễn đàn Kinh tế thế giới về ASEAN.",)
    kind, leader, host, a = event(title, *paragraphs)
    assert (kind, leader, host) == ("multilateral", "Lê Văn Bình", "Lào")
    with disabled("summit_purpose"):  # the arrival alone is a visit
        assert event(title, *paragraphs)[:3] == ("outbound", "Lê Văn Bình", "Lào")
    with disabled("office_exact_holder"):  # two people hold a "Thủ tướng …" title: no one is named
        assert event(title, *paragraphs)[1] is None
    with disabled("summit_name_slot"):  # the forum's own name, read whole as an organisation
        assert event(title, *paragraphs)[0] == "outbound"


def test_a_navy_s_goodwill_visit_is_its_country_s_visit():
    title, lead = ("Tàu chiến New Zealand cập cảng tại Đà Nẵng",
                   "Tàu hộ vệ HMNZS Te Kaha của hải quân New Zealand vừa cập cảng tại Đà Nẵng sáng 4/6, bắt đầu "
                   "chuyến thăm hữu nghị Việt Nam.")
    kind, leader, host, a = event(title, lead)
    assert (kind, leader, host) == ("inbound", None, "Việt Nam")  # no one named leads it
    assert a.event.day_month == "04/06"
    with disabled("ship_visit"):
        assert event(title, lead)[0] == "none"


def test_the_day_an_embassy_announced_a_visit_is_not_the_visit_s():
    title, lead = ("Tàu chiến Nhật Bản sẽ thăm Campuchia",
                   "Theo thông tin được đại sứ quán Nhật Bản ở Campuchia thông báo hôm 6/2, ngày 13/2 tàu chiến "
                   "của Nhật Bản sẽ thăm Campuchia.")
    a = event(title, lead)[3]
    assert a.event.day_month == "13/02"


def test_a_visit_that_only_frames_a_business_signing_is_not_the_news():
    title = "Hãng hàng không Sao Việt mua 10 máy bay từ Pháp"
    lead = ("Trong khuôn khổ chuyến thăm Pháp của Thủ tướng Lê Văn Bình, hãng hàng không Sao Việt vừa ký "
            "thỏa thuận mua 10 máy bay với đối tác Pháp.")
    assert event(title, lead)[0] == "none"
    with disabled("visit_as_framing"):
        assert event(title, lead)[:3] == ("outbound", "Lê Văn Bình", "Pháp")
    # The visit is the news when the headline names it, or when the clause names who acts in it.
    assert event("Thủ tướng Lê Văn Bình thăm Pháp", lead)[0] == "outbound"
    acting = ("Trong khuôn khổ chuyến thăm Pháp của Thủ tướng Lê Văn Bình, chiều 6/7, Thủ tướng Lê Văn Bình "
              "đã hội kiến Tổng thống Pháp Pierre Martin.")
    assert event(title, acting)[0] == "outbound"


def test_two_states_signing_during_a_visit_is_the_visit_not_a_deal_it_frames():
    title = "Ba Lan mua tên lửa của Mỹ"
    after = ("Ba Lan đã ký với Mỹ thỏa thuận mua tên lửa trong khuôn khổ chuyến thăm Ba Lan của Tổng thống Mỹ "
             "John Miller.")
    before = ("Nhân chuyến thăm Ba Lan của Tổng thống Mỹ John Miller, Mỹ và Ba Lan ngày 5/7 đã ký kết thỏa "
              "thuận mua tên lửa.")
    for lead in (after, before):
        assert event(title, lead)[:3] == ("foreign", "John Miller", "Ba Lan"), lead
        with disabled("states_as_parties"):
            assert event(title, lead)[0] == "none", lead
    # Agreeing on a plan once launched during a visit, a company signing: the visit only frames it.
    plan = ("Mỹ và Trung Quốc đã nhất trí xem xét các rào cản trong khuôn khổ kế hoạch được công bố nhân "
            "chuyến thăm Mỹ của Chủ tịch Trung Quốc Vương Minh.")
    firm = ("Hãng Sao Việt đã ký với Ba Lan thỏa thuận trong khuôn khổ chuyến thăm Ba Lan của Tổng thống Mỹ "
            "John Miller.")
    assert event(title, plan)[0] == event(title, firm)[0] == "none"


def test_a_vietnamese_office_held_by_a_foreign_name_serves_the_country_its_apposition_names():
    title = "Tăng cường quan hệ hợp tác Việt Nam - Cuba"
    lead = ("Đoàn đại biểu cấp cao Quốc hội Cộng hòa Cuba, do ông Juan Pérez Castillo, Ủy viên Bộ Chính trị Đảng "
            "Cộng sản Cuba, Chủ tịch Quốc hội dẫn đầu, sẽ thăm chính thức Việt Nam từ ngày 11 đến 13/6.")
    assert event(title, lead)[:3] == ("inbound", "Juan Pérez Castillo", "Việt Nam")
    with disabled("side_apposition"):
        assert event(title, lead)[0] == "none"


def test_the_one_welcomed_follows_in_the_same_clause_never_the_host_after_a_comma():
    kind, leader, host, a = event("Chủ tịch Quốc hội hội đàm với Chủ tịch Thượng viện Cộng hòa Haiti",
                                  "Ngay sau lễ đón Đoàn đại biểu Thượng viện Haiti, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân "
                                  "đã chủ trì hội đàm.",
                                  "Đoàn do Chủ tịch Thượng viện Haiti Jean Baptiste dẫn đầu đang thăm chính thức "
                                  "Việt Nam.")
    assert (kind, leader, host) == ("inbound", "Jean Baptiste", "Việt Nam")
    # the welcome ceremony's own guest, in one clause: "lễ đón chính thức Tổng thống …"
    kind, leader, host, a = event("Lễ đón Tổng thống Haiti", "Sáng 5/6, tại Phủ Chủ tịch, đã diễn ra lễ đón "
                                  "chính thức Tổng thống Haiti Jean Baptiste thăm cấp Nhà nước Việt Nam.")
    assert (kind, leader, host) == ("inbound", "Jean Baptiste", "Việt Nam")


def test_a_leader_abroad_visiting_the_country_s_own_mission_there_is_a_day_of_the_visit():
    title = "Thủ tướng thăm cán bộ, nhân viên Tổng Lãnh sự quán Việt Nam tại Frankfurt"
    lead = ("Chiều 5/7, Thủ tướng Lê Văn Bình và đoàn đại biểu cấp cao Việt Nam đã tới "
            "thăm cán bộ, nhân viên Tổng Lãnh sự quán Việt Nam tại thành phố Frankfurt.")
    kind, leader, host, a = event(title, lead)
    assert (kind, leader, host) == ("outbound", "Lê Văn Bình", "Đức")
    assert not a.visits[0].met
    with disabled("visit_mission"):
        assert event(title, lead)[0] == "none"
    # a foreign embassy at home is no visit abroad
    assert event("Thủ tướng thăm Đại sứ quán Nga tại Hà Nội", "Sáng 5/7, Thủ tướng Lê Văn Bình đã đến thăm "
                 "Đại sứ quán Nga tại Hà Nội.")[0] == "none"


def test_a_meeting_said_to_take_place_between_two_sides_is_reported():
    title = "Ngoại trưởng Nga, Trung Quốc thảo luận tình hình Syria"
    lead = ("Ngày 26/5, tại thủ đô Moskva (Nga) đã diễn ra cuộc hội đàm giữa Ngoại trưởng Nga Ivan Petrov và "
            "người đồng cấp Trung Quốc Lý Minh.")
    assert event(title, lead)[:3] == ("foreign", "Lý Minh", "Nga")
    with disabled("meeting_held"):
        assert event(title, lead)[0] == "none"
    # … not one proposed: "làm nơi diễn ra cuộc gặp giữa …"
    assert event("Tổng thống Slovenia đưa đề xuất", "Tổng thống Slovenia Marko Novak đề xuất chọn thủ đô nước này "
                 "làm nơi diễn ra cuộc gặp đầu tiên giữa Tổng thống Mỹ John Miller và Tổng thống Nga Ivan Petrov.")[0] \
        == "none"


def test_a_headline_opening_with_its_event_word_in_capitals_names_an_event():
    """title_gate: "Hội đàm cấp cao Việt - Nhật: …" names talks though its first word is capitalised;
    the body's third sentence may then report them."""
    from app.nlp.frames import title_names_an_event

    assert title_names_an_event("Hội đàm cấp cao Việt - Nhật: chủ đề của báo chí")
    assert title_names_an_event("Thăm Lào, mở ra chặng đường mới")
    assert not title_names_an_event("Giá vàng tăng mạnh")
    body = ("Báo chí Nhật Bản đưa tin nhiều về sự kiện này.", "Các trang mạng đăng tải hình ảnh.",
            "Thủ tướng Lê Văn Bình và Thủ tướng Nhật Bản Sato Kenji đã hội đàm tại Tokyo.")
    assert event("Hội đàm cấp cao Việt - Nhật: chủ đề của báo chí", *body)[:3] == ("outbound", "Lê Văn Bình", "Nhật Bản")
    assert event("Báo chí Nhật Bản đưa tin", *body)[0] == "none"


def test_a_meeting_named_before_its_subject_is_read_by_its_own_frame():
    title = "Ngoại trưởng Nga và Trung Quốc thảo luận"
    lead = ("Phát biểu sau cuộc hội đàm với người đồng cấp Nga Ivan Petrov tại Moskva, Ngoại trưởng Trung Quốc "
            "Vương Minh nhấn mạnh quan hệ hai nước.")
    with disabled("in_meeting_with"):
        assert event(title, lead)[0] == "none"
    # A place before the meeting is where it happens; the country the rest of the sentence talks
    # about is no host ("… tham chiến tại Syria"), and a body's head serves no country.
    berlin = ("Tại Berlin, sau cuộc hội đàm với Thủ tướng Đức Anna Weber hôm 11/5, Tổng Thư ký NATO John Miller "
              "cho biết khối này sẽ không tham chiến tại Syria.")
    assert event("NATO không tham chiến tại Syria", berlin)[2] != "Syria"


def test_a_joint_statement_headline_names_an_event():
    """title_gate: a joint statement is issued on a visit; its third sentence may report it."""
    body = ("Hai bên đánh giá cao quan hệ hữu nghị truyền thống.", "1.",
            "Nhận lời mời của Chủ tịch nước Trần Văn An, Tổng thống Séc Petr Novak đã thăm cấp Nhà nước tới Việt "
            "Nam từ ngày 6 đến ngày 8/6.")
    assert event("Tuyên bố chung Việt Nam - Séc", *body)[:3] == ("inbound", "Petr Novak", "Việt Nam")
    with disabled("dated_report"):  # the dated third sentence reports the visit under any headline
        assert event("Bản tin buổi sáng", *body)[0] == "none"


def test_a_caption_line_naming_a_person_is_no_sentence_of_the_lead():
    """title_gate with rule name_line_not_lead: under a headline naming no event, the lead's first
    sentences may report one — a portrait's caption ("Ông ⟨P⟩, ⟨T⟩.") is not one of them."""
    title = "Séc có vị trí quan trọng trong chính sách của Việt Nam"
    body = ("Vụ trưởng Petr Novak khẳng định Việt Nam có vị trí quan trọng.", "Ông Petr Novak, Vụ trưởng.",
            "Trước thềm chuyến thăm cấp nhà nước của Tổng thống Séc Milos Tomas tới Việt Nam từ ngày 6-8/6, "
            "phóng viên đã trao đổi với ông.")
    assert event(title, *body)[:3] == ("inbound", "Milos Tomas", "Việt Nam")
    with disabled("name_line_not_lead", "dated_report"):
        assert event(title, *body)[0] == "none"


def test_a_cue_inside_a_quote_closed_before_the_frame_is_the_speaker_s():
    """not_event reads the words before a frame only back to a closing quote: "không nên" in what
    the minister said is no visit that should not happen."""
    found = event("Ngoại trưởng Trung Quốc: xung đột thì cả hai đều thua",
                  "Ngoại trưởng Trung Quốc Vương Minh cảnh báo về xung đột.",
                  "“Đối với bất kỳ chính trị gia nào, họ rõ ràng đều hiểu rằng không nên có xung đột giữa Trung Quốc "
                  "và Mỹ”, AFP dẫn lời ông Vương Minh phát biểu trước báo giới vào tối ngày 7/2 trong chuyến thăm "
                  "Canberra, Australia.")
    assert found[:3] == ("foreign", "Vương Minh", "Australia")


def test_a_dated_report_past_the_lead_is_read_under_a_headline_naming_no_event():
    """dated_report: under a headline naming no event, a later sentence of the zone that dates what it
    tells reports the day's event; one without a day is what the body recalls."""
    title = "Hai nước bàn cách đối phó chính sách bảo hộ"
    lead = ("Hai nước khẳng định thúc đẩy hội nhập khu vực.", "Thương mại song phương tăng mạnh.")
    dated = ("Ngày 7/2, trong chuyến thăm Brazil, Tổng thống Argentina Carlos Ruiz đã hội đàm với người đồng cấp "
             "nước chủ nhà Pedro Lima.")
    assert event(title, *lead, dated)[:3] == ("foreign", "Carlos Ruiz", "Brazil")
    with disabled("dated_report"):
        assert event(title, *lead, dated)[0] == "none"
    undated = dated.replace("Ngày 7/2, trong", "Trong")
    assert event(title, *lead, undated)[0] == "none"
    # a photo's headed caption, and a summit named in passing, dated as they are, report no event
    caption = "Chuyên cơ hạ cánh: Chuyên cơ của Tổng thống Mỹ John Miller đáp xuống Hamburg, Đức, ngày 6/7."
    assert event("Những bức ảnh của tuần", *lead, caption)[0] == "none"
    summit = "Tổng thống Philippines Juan Cruz ngày 14-5 đã đến Bắc Kinh để dự hội nghị thượng đỉnh về hạ tầng."
    assert event("Trung Quốc đàm phán với Philippines", *lead, summit)[0] == "none"



def test_a_meeting_announced_after_its_subject_has_no_counterpart_yet():
    """planned: "Trong cuộc hội đàm … với ⟨B⟩ tại ⟨L⟩, ⟨A⟩ sẽ đề nghị …" — A's trip is reported,
    the talks to come; B is met only once they are held."""
    title = "Nga tiết lộ nội dung cuộc gặp"
    future = ("Trong cuộc hội đàm trực tiếp đầu tiên với Tổng thống Mỹ John Miller trong tuần này tại Đức, "
              "Tổng thống Nga Ivan Petrov sẽ đề nghị phía Mỹ trả lại hai khu nhà ngoại giao.")
    kind, leader, host, a = event(title, future)
    assert (kind, leader, host) == ("foreign", "Ivan Petrov", "Đức") and a.visits[0].met == ()
    past = future.replace("trong tuần này", "hôm qua").replace("sẽ đề nghị", "đã đề nghị")
    assert [m.name for m in event(title, past)[3].visits[0].met] == ["John Miller"]


# (rule, what it shows, title, lead, (kind, leader, host) with the rule, the same without it)
SWITCHED_RULES = [
    ("side_office_holder",
     "a foreign office holder whose name reads as Vietnamese (resources/rules/office_holders.tsv, real "
     "office holders) serves their country: no outbound visit of Việt Nam",
     "Thủ tướng Lý Khắc Cường hội đàm với Thủ tướng Đức",
     "Ngày 1/6, tại Berlin, Thủ tướng Lý Khắc Cường đã hội đàm với Thủ tướng Đức Anna Becker.",
     ("foreign", "Lý Khắc Cường", "Đức"), ("outbound", "Lý Khắc Cường", "Đức")),
    ("correspondent_post", "'Theo phóng viên TTXVN tại Seoul' says where the reporter works",
     "Ngoại trưởng Mỹ hội đàm với người đồng cấp Nhật Bản",
     "Theo phóng viên TTXVN tại Seoul, Ngoại trưởng Mỹ John Miller đã hội đàm với Ngoại trưởng Nhật Bản Hiro Tanaka.",
     ("none", None, None), ("foreign", "John Miller", "Hàn Quốc")),
    ("predecessor_not_guest", "the trip of 'người tiền nhiệm' is history",
     "Những điều chưa biết về chuyến công du đầu tiên",
     "Tổng thống Mỹ tiền nhiệm John Miller đã đến thăm Canada ngày 5/6.",
     ("none", None, None), ("foreign", "John Miller", "Canada")),
    ("audience_with_monarch", "who 'tiếp kiến' a king or the Pope is received by them",
     "Tổng thống Mỹ gặp Quốc vương Ả Rập Xê-út",
     "Tổng thống Mỹ John Miller đã tiếp kiến Quốc vương Ả Rập Xê-út Abdul Karim tại Paris ngày 20/5.",
     ("foreign", "John Miller", "Pháp"), ("foreign", "Abdul Karim", "Pháp")),
    ("summit_at_home", "a foreign leader at a summit in their own country hosts it, visits nothing",
     "Trung Quốc kêu gọi hợp tác khu vực",
     "Chủ tịch Trung Quốc Trương Minh đã phát biểu tại Diễn đàn hợp tác quốc tế ở Bắc Kinh ngày 14/5.",
     ("none", None, None), ("multilateral", "Trương Minh", "Trung Quốc")),
]


@pytest.mark.parametrize(("rule", "case", "title", "lead", "with_rule", "without_rule"), SWITCHED_RULES,
                         ids=[c[0] for c in SWITCHED_RULES])
def test_rules_that_correct_a_reading(rule, case, title, lead, with_rule, without_rule):
    assert event(title, lead)[:3] == with_rule, case
    with disabled(rule):
        assert event(title, lead)[:3] == without_rule, case


def test_talks_someone_else_holds_are_not_a_meeting_with_them():
    """Frame meet: "can thiệp vào cuộc hội đàm của ⟨B⟩ với ⟨C⟩" — B's talks with C; A met neither."""
    title = "Cuộc hội đàm kéo dài ở Hamburg"
    lead = ("Đệ nhất phu nhân Anna Miller đã được yêu cầu can thiệp vào cuộc hội đàm kéo dài của Tổng thống Mỹ "
            "John Miller với Tổng thống Nga Ivan Petrov tại Hamburg.")
    assert event(title, lead)[1] != "Anna Miller"


def test_talks_between_two_leaders_on_a_summit_s_sidelines_are_their_meeting_where_the_summit_is():
    """Frame sideline_meeting_between, read in a dated sentence past the lead under a headline naming
    no event (rule dated_sideline_meeting): the place is the summit's, not the topic's."""
    title = "Hai nước nhất trí lệnh ngừng bắn ở Syria"
    lead = ("Lệnh ngừng bắn ở Syria đã được công bố trong ngày.",
            "Các bên kêu gọi kiềm chế.",
            "Lệnh ngừng bắn ở Syria được công bố sau cuộc hội đàm đầu tiên giữa Tổng thống Nga Ivan Petrov và "
            "người đồng cấp Mỹ John Miller bên lề Hội nghị Thượng đỉnh G20 tại thành phố Hamburg, Đức, hôm 7/7.")
    kind, leader, host, a = event(title, *lead)
    assert (kind, leader, host) == ("foreign", "Ivan Petrov", "Đức")
    assert [m.name for m in a.visits[0].met] == ["John Miller"] and a.visits[0].day_month == "07/07"
    with disabled("dated_sideline_meeting"):
        assert event(title, *lead)[0] == "none"


def test_a_sentence_about_another_country_does_not_date_the_visit():
    """Rule date_elsewhere: with no date in the sentences that report the visit, a later dated
    sentence that names only other countries ("… tới Washington ngày 15/2") is another event's."""
    title = "Tổng thống Pháp Jean Martin thăm Đức"
    lead = ("Tổng thống Pháp Jean Martin đã đến thăm Đức và hội đàm với Thủ tướng Đức Anna Becker.",
            "Theo kế hoạch, ông Martin sẽ tới Washington ngày 15/2.")
    a = event(title, *lead)[3]
    assert a.visits[0].host_country == "Đức" and a.event is None
    with disabled("date_elsewhere"):
        assert event(title, *lead)[3].event.day_month == "15/02"
    home = ("Tổng thống Pháp Jean Martin đã đến thăm Đức và hội đàm với Thủ tướng Đức Anna Becker.",
            "Ngày 14/2, ông Martin rời Paris lên đường sang Berlin.")
    assert event(title, *home)[3].event.day_month == "14/02"  # the visitor's own country is the visit's


def test_an_article_reporting_no_event_is_dated_by_its_lead_not_by_what_its_body_recalls():
    """Rule no_event_lead_date: a body date of news with no event is mostly history."""
    title = "Tranh chấp biển đảo và lịch sử"
    recalled = ("Các học giả tiếp tục tranh luận về hồ sơ lịch sử.",
                "Ngày 7/9/1951, phát biểu tại Hội nghị, trưởng phái đoàn đã nêu rõ chủ quyền.")
    assert event(title, *recalled)[0] == "none" and event(title, *recalled)[3].event is None
    with disabled("no_event_lead_date"):
        assert event(title, *recalled)[3].event.start == "1951-09-07"
    own_day = ("Ngày 5/6, các học giả tiếp tục tranh luận về hồ sơ lịch sử.",) + recalled[1:]
    assert event(title, *own_day)[3].event.day_month == "05/06"


def _met(a) -> list[tuple[str, str]]:
    return [(m.name, m.rule) for m in a.visits[0].met]


def test_people_listed_after_the_one_met_are_met_too():
    """Rule met_listed: "chào xã giao Tổng Bí thư ⟨A⟩, Chủ tịch nước ⟨B⟩ và Thủ tướng ⟨C⟩" meets all
    three; a list that goes on into another clause ("…, ông ⟨D⟩ cho biết") ends before it."""
    title = "Bộ trưởng Quốc phòng Lào thăm chính thức Việt Nam"
    lead = ("Sáng 5/6, tại Hà Nội, Bộ trưởng Quốc phòng Lào Chanthavong Kham đã chào xã giao Tổng Bí thư "
            "Nguyễn Văn An, Chủ tịch nước Trần Văn Bình và Thủ tướng Lê Văn Cường.",
            "Cùng ngày, Bộ trưởng Quốc phòng Lào Chanthavong Kham hội kiến Phó Thủ tướng Phạm Văn Dũng, "
            "Thứ trưởng Ngoại giao Hoàng Văn Em cho biết.")
    a = event(title, *lead)[3]
    assert _met(a) == [("Nguyễn Văn An", "met:call_on"), ("Trần Văn Bình", "met_listed:call_on"),
                       ("Lê Văn Cường", "met_listed:call_on"), ("Phạm Văn Dũng", "met:meet")]
    with disabled("met_listed"):
        assert [name for name, _rule in _met(event(title, *lead)[3])] == ["Nguyễn Văn An", "Phạm Văn Dũng"]


def test_a_leader_named_by_their_own_office_still_meets():
    """Rule leader_by_own_office: "Chủ tịch Thượng viện … đã hội đàm với Chủ tịch Quốc hội ⟨A⟩" names
    the leader by the office their title opens with — unless someone else of the article holds it too."""
    title = "Chủ tịch Thượng viện Myanmar thăm chính thức Việt Nam"
    lead = ("Đoàn đại biểu Quốc hội Myanmar do ngài Aung Min Thu, Chủ tịch Thượng viện Myanmar dẫn đầu "
            "đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.",
            "Trong chuyến thăm, Chủ tịch Thượng viện đã hội đàm với Chủ tịch Quốc hội Nguyễn Thị Lan.")
    a = event(title, *lead)[3]
    assert a.visits[0].leader == "Aung Min Thu"
    assert _met(a) == [("Nguyễn Thị Lan", "met:meet")]
    with disabled("leader_by_own_office"):
        assert not event(title, *lead)[3].visits[0].met
    # A second holder of the office: the bare office may be either of them.
    two = (*lead[:1], "Chủ tịch Thượng viện Campuchia Sok Chea cũng có mặt.", lead[1])
    assert not event(title, *two)[3].visits[0].met


def test_an_office_of_a_federal_state_serves_another_country():
    """foreign_titles.txt: Việt Nam has no states; "Chủ tịch Quốc hội bang Hessen" is no Vietnamese
    official, even where the gazetteer does not know the state."""
    a = event("Thủ tướng thăm bang Hessen",
              "Chiều 5/7, tại Cộng hòa Liên bang Đức, Thủ tướng Lê Văn Bình đã tới thăm, làm việc tại bang Hessen.",
              "Chủ tịch Quốc hội bang Hessen Peter Klaus và Thủ hiến bang Hessen Anna Weber đã đón và hội kiến "
              "Thủ tướng Lê Văn Bình.")[3]
    assert a.visits[0].leader == "Lê Văn Bình"
    assert [m.name for m in a.visits[0].met] == ["Anna Weber", "Peter Klaus"]
