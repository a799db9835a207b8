"""Write tests/pages/html/: 20 saved pages in the markup shapes of real Vietnamese news sites.

`python -m tests.pages.make_html_pages` rewrites the .html files and their gold .json. The shapes
follow what the sites' article pages are built of (class names, where the headline, the sapo,
the timestamp, the captions, the byline and the related-news boxes sit), written from their
structure, never copied; the articles are our own text. Each page carries the furniture that
makes extraction hard: menus, a cookie banner, sidebars of most-read headlines, related boxes
inside and after the story, comments, a footer, images with alt text and lazy scripts.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parent / "html"

ARTICLES = [
    {
        "title": "Chủ tịch nước hội đàm với Tổng thống Chile tại Santiago",
        "sapo": "Chiều 12/11 (giờ địa phương), tại Dinh Tổng thống ở Santiago, Chủ tịch nước đã hội đàm với"
                " Tổng thống Chile, hai bên đánh giá cao kết quả hợp tác trong ba thập kỷ qua.",
        "paras": ["Hai nhà lãnh đạo nhất trí thúc đẩy thương mại song phương, tận dụng hiệu quả Hiệp định thương"
                  " mại tự do và mở rộng hợp tác về nông nghiệp, khai khoáng và năng lượng tái tạo.",
                  "Tổng thống Chile khẳng định coi trọng vai trò của Việt Nam tại châu Á và mong muốn hai nước phối"
                  " hợp chặt chẽ tại APEC cũng như các diễn đàn đa phương khác.",
                  "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ trao các văn kiện hợp tác về giáo dục, du lịch và"
                  " phòng chống thiên tai giữa các bộ, ngành hai nước./."],
        "caption": "Chủ tịch nước và Tổng thống Chile tại lễ đón. (Ảnh: Lâm Khánh/TTXVN)",
        "alt": "Chủ tịch nước và Tổng thống Chile duyệt đội danh dự",
        "author": "Minh Đức", "date": "2024-11-13T07:10:00+07:00", "shown": "Thứ Tư, 13/11/2024 07:10",
    },
    {
        "title": "Bộ trưởng Quốc phòng tiếp Tư lệnh Lực lượng Phòng vệ Nhật Bản",
        "sapo": "Chiều 17/4, tại trụ sở Bộ Quốc phòng ở Hà Nội, Bộ trưởng Bộ Quốc phòng đã tiếp Tư lệnh Lực"
                " lượng Phòng vệ Mặt đất Nhật Bản đang thăm chính thức Việt Nam.",
        "paras": ["Bộ trưởng đề nghị hai bên tiếp tục phối hợp trong đào tạo cán bộ, khắc phục hậu quả bom mìn"
                  " sau chiến tranh và hợp tác trong lĩnh vực quân y, gìn giữ hòa bình.",
                  "Tư lệnh cảm ơn sự đón tiếp trọng thị và cho biết phía Nhật Bản sẵn sàng chia sẻ kinh nghiệm về"
                  " ứng phó thảm họa thiên tai, cứu hộ cứu nạn.",
                  "Cùng ngày, đoàn đã thăm Trung tâm Gìn giữ hòa bình Việt Nam và trao đổi với các sĩ quan chuẩn bị"
                  " lên đường làm nhiệm vụ tại Nam Sudan."],
        "caption": "Bộ trưởng Quốc phòng và Tư lệnh Lực lượng Phòng vệ Nhật Bản. Ảnh: Trọng Đức",
        "alt": "bo-truong-quoc-phong-tiep-tu-lenh.jpg",
        "author": "Hoài Nam", "date": "2019-04-18T10:20:00+07:00", "shown": "18/04/2019 10:20",
    },
    {
        "title": "Phó Thủ tướng làm việc với Thống đốc bang Victoria của Australia",
        "sapo": "Ngày 21/8, tại thành phố Melbourne, Phó Thủ tướng đã làm việc với Thống đốc bang Victoria,"
                " trao đổi về hợp tác giáo dục, nông nghiệp công nghệ cao và cộng đồng người Việt.",
        "paras": ["Thống đốc cho biết Victoria có hơn 80 nghìn người gốc Việt, là cầu nối quan trọng giữa bang"
                  " với các địa phương của Việt Nam, đặc biệt trong lĩnh vực giáo dục đại học.",
                  "Phó Thủ tướng đề nghị bang tạo điều kiện cho sinh viên Việt Nam học tập, đồng thời mở rộng hợp"
                  " tác giữa các viện nghiên cứu nông nghiệp của hai bên.",
                  "Hai bên nhất trí giao các cơ quan chức năng xây dựng chương trình hợp tác cụ thể trong năm tới."],
        "caption": "Phó Thủ tướng làm việc với Thống đốc bang Victoria - Ảnh: VGP/Hải Minh",
        "alt": "Phó Thủ tướng làm việc với Thống đốc bang Victoria của Australia",
        "author": "Hải Minh", "date": "2023-08-22T06:05:00+07:00", "shown": "22/08/2023 06:05",
    },
    {
        "title": "Chủ tịch Quốc hội tiếp Đoàn nghị sĩ hữu nghị Pháp - Việt Nam",
        "sapo": "Sáng 9/5, tại Nhà Quốc hội, Chủ tịch Quốc hội đã tiếp Đoàn Nhóm nghị sĩ hữu nghị Pháp - Việt Nam"
                " của Thượng viện Pháp do Chủ tịch Nhóm dẫn đầu đang thăm Việt Nam.",
        "paras": ["Chủ tịch Quốc hội đánh giá cao vai trò của Nhóm nghị sĩ trong việc thúc đẩy quan hệ Đối tác"
                  " chiến lược giữa hai nước, nhất là hợp tác về văn hóa và Pháp ngữ.",
                  "Trưởng đoàn cho biết Thượng viện Pháp sẵn sàng chia sẻ kinh nghiệm lập pháp về chính quyền địa"
                  " phương và bảo tồn di sản đô thị.",
                  "Hai bên nhất trí tăng cường trao đổi đoàn giữa các ủy ban chuyên môn và phối hợp tại Liên minh"
                  " Nghị viện Pháp ngữ./."],
        "caption": "Chủ tịch Quốc hội tiếp Đoàn nghị sĩ Pháp. Ảnh: Quochoi.vn",
        "alt": "Chủ tịch Quốc hội tiếp đoàn",
        "author": "Thu Hằng", "date": "2022-05-09T15:30:00+07:00", "shown": "09/05/2022 15:30",
    },
    {
        "title": "Bí thư Thành ủy Đà Nẵng tiếp Tổng Lãnh sự Hàn Quốc",
        "sapo": "Chiều 3/3, Bí thư Thành ủy Đà Nẵng đã tiếp Tổng Lãnh sự Hàn Quốc tại Đà Nẵng đến chào xã giao"
                " nhân dịp nhận nhiệm vụ mới.",
        "paras": ["Bí thư Thành ủy cho biết Hàn Quốc là thị trường khách du lịch quốc tế lớn nhất của thành phố"
                  " và đề nghị Tổng Lãnh sự hỗ trợ kết nối thêm các đường bay thẳng.",
                  "Tổng Lãnh sự khẳng định sẽ thúc đẩy đầu tư của doanh nghiệp Hàn Quốc vào công nghệ thông tin và"
                  " bán dẫn tại Đà Nẵng trong nhiệm kỳ của mình."],
        "caption": "Bí thư Thành ủy Đà Nẵng tặng quà lưu niệm Tổng Lãnh sự. Ảnh: Mai Quế",
        "alt": "DSC_0142.JPG",
        "author": "Mai Quế", "date": "2025-03-04T08:00:00+07:00", "shown": "Thứ Ba, 04/03/2025 08:00",
    },
]

# Furniture shared by the shapes: what must never reach the body.
MENU = "<nav class='menu'><ul>" + "".join(
    f"<li><a href='/{i}'>{w}</a></li>" for i, w in enumerate(
        ["Trang chủ", "Thời sự", "Chính trị", "Thế giới", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao"])) + "</ul></nav>"
RELATED = ["Giá vàng hôm nay tăng mạnh trở lại sau nhiều phiên giảm", "Hà Nội ra quân xử lý vi phạm trật tự đô thị",
           "Đội tuyển bóng đá nữ giành vé dự vòng chung kết châu Á", "Thời tiết miền Bắc chuyển rét từ cuối tuần"]
SIDEBAR_TEXT = "Người dân đổ xô đi mua sắm dịp cuối năm khiến nhiều tuyến phố ùn tắc kéo dài hàng giờ liền."
COMMENT = "Bài viết rất hay, cảm ơn phóng viên đã đưa tin kịp thời về sự kiện này."
COOKIE = "<div class='cookie'>Trang web sử dụng cookie để cải thiện trải nghiệm. <button>Đồng ý</button></div>"
FOOTER = ("<footer><p>Cơ quan chủ quản: Công ty Truyền thông Thử Nghiệm. Giấy phép số 00/GP-TEST.</p>"
          "<p>Địa chỉ: 1 Phố Giả Định, Hà Nội. Điện thoại: 024 0000 0000</p></footer>")
SCRIPTS = "<script>window.ads=[];function lazy(){return 'Đăng nhập';}</script>"


def head(a: dict, site: str, *, og: bool = True, jsonld: bool = False) -> str:
    meta = [f"<meta charset='utf-8'><title>{escape(a['title'])} - {site}</title>"]
    if og:
        meta += [f"<meta property='og:title' content='{escape(a['title'])}'>",
                 f"<meta property='og:site_name' content='{site}'>",
                 f"<meta property='article:published_time' content='{a['date']}'>",
                 f"<meta name='author' content='{escape(a['author'])}'>"]
    if jsonld:
        meta.append("<script type='application/ld+json'>" + json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
             "datePublished": a["date"], "author": {"@type": "Person", "name": a["author"]},
             "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False) + "</script>")
    return "<head>" + "".join(meta) + "<style>.menu{display:flex}</style>" + SCRIPTS + "</head>"


def related_box(title: str = "Tin liên quan") -> str:
    items = "".join(f"<li><a href='/r{i}'><img src='/r{i}.jpg' alt='{escape(h)}'>{escape(h)}</a></li>"
                    for i, h in enumerate(RELATED))
    return f"<div class='box-related'><h3>{title}</h3><ul>{items}</ul></div>"


def sidebar() -> str:
    items = "".join(f"<article class='item'><h3><a href='/s{i}'>{escape(h)}</a></h3><p>{SIDEBAR_TEXT}</p></article>"
                    for i, h in enumerate(RELATED[:3]))
    return f"<aside class='sidebar'><div class='title-box'>Đọc nhiều</div>{items}</aside>"


def comments() -> str:
    return (f"<section id='comments'><h3>Bình luận (2)</h3><div class='comment'><b>Bạn đọc A</b><p>{COMMENT}</p>"
            "</div><textarea placeholder='Ý kiến của bạn'></textarea><button>Gửi bình luận</button></section>")


def paras(a: dict, cls: str = "", tag: str = "p") -> list[str]:
    attr = f" class='{cls}'" if cls else ""
    return [f"<{tag}{attr}>{escape(p)}</{tag}>" for p in a["paras"]]


def figure(a: dict, kind: str = "figure") -> str:
    img = f"<img src='/img/1.jpg' data-src='/img/1.jpg' alt='{escape(a['alt'])}'>"
    if kind == "figure":
        return f"<figure class='image'>{img}<figcaption><p>{escape(a['caption'])}</p></figcaption></figure>"
    if kind == "table":
        return (f"<table class='image center'><tbody><tr><td>{img}</td></tr><tr><td class='image_desc'>"
                f"<p>{escape(a['caption'])}</p></td></tr></tbody></table>")
    return f"<div class='img-box'>{img}<div class='caption'>{escape(a['caption'])}</div></div>"


def page(headpart: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='vi'>{headpart}<body>{body}</body></html>"


def vnexpress(a: dict) -> str:
    body = (f"<header>{MENU}</header>{COOKIE}<section class='section page-detail'><div class='container'>"
            f"<div class='sidebar-1'><div class='header-content'><ul class='breadcrumb'><li><a>Thế giới</a></li></ul>"
            f"<span class='date'>{a['shown']} (GMT+7)</span></div>"
            f"<h1 class='title-detail'>{escape(a['title'])}</h1><p class='description'>{escape(a['sapo'])}</p>"
            f"<article class='fck_detail'>{paras(a, 'Normal')[0]}{figure(a)}{''.join(paras(a, 'Normal')[1:])}"
            f"<p class='Normal' style='text-align:right;'><strong>{escape(a['author'])}</strong></p></article>"
            f"{related_box('Xem thêm')}{comments()}</div>{sidebar()}</div></section>{FOOTER}")
    return page(head(a, "VnExpress"), body)


def tuoitre(a: dict) -> str:
    body = (f"<div class='header'>{MENU}</div><div class='detail-container'><div class='detail-cate'><a>Thế giới</a></div>"
            f"<h1 class='detail-title article-title' data-role='title'>{escape(a['title'])}</h1>"
            f"<div class='detail-time'><div data-role='publishdate'>{a['shown']} GMT+7</div></div>"
            f"<div class='detail-author'><a class='name'>{escape(a['author'])}</a></div>"
            f"<h2 class='detail-sapo' data-role='sapo'>{escape(a['sapo'])}</h2>"
            f"<div class='detail-content afcbc-body' data-role='content'>"
            f"<figure class='VCSortableInPreviewMode' type='Photo'>{figure(a)}</figure>{''.join(paras(a))}"
            f"<div class='VCSortableInPreviewMode link-content-footer' type='link'><a>Đọc tiếp: {escape(RELATED[0])}</a></div>"
            f"</div>{related_box('Tin cùng chuyên mục')}{comments()}</div>{sidebar()}{FOOTER}")
    return page(head(a, "TUOI TRE ONLINE"), body)


def thanhnien(a: dict) -> str:
    body = (f"{MENU}<div class='detail__cmain'><div class='detail__meta'><div class='detail__time'>"
            f"<div data-role='publishdate'>{a['shown']}</div></div></div>"
            f"<h1 class='detail__title'>{escape(a['title'])}</h1><div class='detail__author'>"
            f"<a class='name'>{escape(a['author'])}</a></div><h2 class='detail-sapo'>{escape(a['sapo'])}</h2>"
            f"<div class='detail-cmain'><div class='detail-content afcbc-body'>{paras(a)[0]}"
            f"<figure class='VCSortableInPreviewMode'>{figure(a)}</figure>{''.join(paras(a)[1:])}</div></div>"
            f"{related_box('Tin liên quan')}</div>{sidebar()}{comments()}{FOOTER}")
    return page(head(a, "Báo Thanh Niên", jsonld=True), body)


def vietnamplus(a: dict) -> str:
    body = (f"<header class='header'>{MENU}</header><div class='detail-page'><div class='article'>"
            f"<h1 class='article__title'>{escape(a['title'])}</h1><div class='article__meta'>"
            f"<time class='time' datetime='{a['date']}'>{a['shown']}</time></div>"
            f"<div class='article__sapo'>{escape(a['sapo'])}</div><div class='article__body zce-content-body'>"
            f"{figure(a)}{''.join(paras(a))}</div><div class='article__source'><span>(TTXVN/Vietnam+)</span></div>"
            f"<div class='article__tag'><span>Tags:</span><a>Chile</a><a>Chủ tịch nước</a></div></div>"
            f"{related_box('Tin cùng chuyên mục')}{sidebar()}</div>{FOOTER}")
    return page(head(a, "Vietnam+ (VietnamPlus)"), body)


def baochinhphu(a: dict) -> str:
    body = (f"{MENU}<div class='detail'><div class='detail-top'><span class='detail-time'>{a['shown']}</span></div>"
            f"<h1 class='detail-title'>{escape(a['title'])}</h1><h2 class='detail-sapo'>(Chinhphu.vn) - {escape(a['sapo'])}</h2>"
            f"<div class='detail-content afcbc-body'>{figure(a, 'table')}{''.join(paras(a))}"
            f"<div class='detail-author'><b>{escape(a['author'])}</b></div></div>{related_box()}</div>{sidebar()}{FOOTER}")
    return page(head(a, "baochinhphu.vn", og=False, jsonld=True), body)


def nhandan(a: dict) -> str:
    body = (f"<header>{MENU}</header><main><div class='article'><div class='article__meta'>"
            f"<time class='time'>{a['shown']}</time></div><h1 class='article__title cms-title'>{escape(a['title'])}</h1>"
            f"<div class='article__sapo cms-desc'><p>{escape(a['sapo'])}</p></div>"
            f"<div class='article__body cms-body'>{paras(a)[0]}{figure(a)}{''.join(paras(a)[1:])}"
            f"<p class='article__author'><b>{escape(a['author'])}</b></p></div></div>"
            f"<div class='box-related'><h3>Tin liên quan</h3>{''.join(f'<article><h3>{escape(h)}</h3></article>' for h in RELATED)}</div>"
            f"</main>{sidebar()}{FOOTER}")
    return page(head(a, "Báo Nhân Dân điện tử"), body)


def dantri(a: dict) -> str:
    body = (f"{MENU}<main class='main-container'><article class='singular-container'>"
            f"<h1 class='title-page detail'>{escape(a['title'])}</h1><div class='author-wrap'><div class='author-name'>"
            f"<a><b>{escape(a['author'])}</b></a></div><time class='author-time' datetime='{a['date']}'>{a['shown']}</time></div>"
            f"<h2 class='singular-sapo'>(Dân trí) - {escape(a['sapo'])}</h2><div class='singular-content'>"
            f"{paras(a)[0]}{figure(a)}{''.join(paras(a)[1:])}</div>"
            f"<div class='article-related'><h3>Tin liên quan</h3>{''.join(f'<article><a>{escape(h)}</a></article>' for h in RELATED)}</div>"
            f"</article>{sidebar()}</main>{comments()}{FOOTER}")
    return page(head(a, "Báo Dân trí"), body)


def old_table_site(a: dict) -> str:
    """An older provincial portal: layout tables, no semantic tags, no metadata."""
    rows = "".join(f"<tr><td class='text'>{escape(p)}</td></tr>" for p in a["paras"])
    body = (f"<table width='100%'><tr><td class='menu'>Trang chủ | Giới thiệu | Tin tức | Liên hệ</td></tr></table>"
            f"<table width='980'><tr><td width='220' class='left'><div class='box'>Liên kết website</div>"
            f"<ul>{''.join(f'<li><a>{escape(h)}</a></li>' for h in RELATED)}</ul></td>"
            f"<td class='main'><table><tr><td class='title'><b>{escape(a['title'])}</b></td></tr>"
            f"<tr><td class='date'>Ngày đăng: {a['shown'][-16:-6]}</td></tr><tr><td class='sapo'><i>{escape(a['sapo'])}</i></td></tr>"
            f"{rows}<tr><td align='right'><b>{escape(a['author'])}</b></td></tr></table></td></tr></table>"
            f"<div class='footer'>Bản quyền thuộc Cổng thông tin điện tử tỉnh. Ghi rõ nguồn khi phát hành lại thông tin.</div>")
    return page(f"<head><meta charset='utf-8'><title>{escape(a['title'])}</title></head>", body)


def blog_like(a: dict) -> str:
    """A magazine page: <article> with an inner <header>, a related box inside the story."""
    p = paras(a)
    body = (f"<header class='site'>{MENU}</header><div class='wrap'><article class='post'><header class='entry-header'>"
            f"<h1 class='entry-title'>{escape(a['title'])}</h1><div class='meta'><span class='byline'>{escape(a['author'])}</span>"
            f" - <span class='posted-on'>{a['shown']}</span></div></header><div class='entry-content'>"
            f"<p><strong>{escape(a['sapo'])}</strong></p>{p[0]}{related_box('Tin liên quan')}{''.join(p[1:])}{figure(a, 'div')}</div>"
            f"<footer class='entry-footer'>Chia sẻ: Facebook Zalo Twitter</footer></article>{comments()}</div>{sidebar()}{FOOTER}")
    return page(head(a, "Tạp chí Thử Nghiệm", og=False), body)


SITES = {"vnexpress": vnexpress, "tuoitre": tuoitre, "thanhnien": thanhnien, "vietnamplus": vietnamplus,
         "baochinhphu": baochinhphu, "nhandan": nhandan, "dantri": dantri, "bang_cu": old_table_site,
         "tapchi": blog_like}

# 20 pages: each site's shape with one or more of our articles.
PLAN = [("vnexpress", 0), ("vnexpress", 2), ("tuoitre", 1), ("tuoitre", 3), ("thanhnien", 4), ("thanhnien", 0),
        ("vietnamplus", 0), ("vietnamplus", 3), ("baochinhphu", 2), ("baochinhphu", 1), ("nhandan", 3),
        ("nhandan", 4), ("dantri", 1), ("dantri", 2), ("bang_cu", 4), ("bang_cu", 3), ("tapchi", 0),
        ("tapchi", 1), ("vnexpress", 4), ("dantri", 3)]


DATED = {"vnexpress", "tuoitre", "thanhnien", "vietnamplus", "baochinhphu", "nhandan", "dantri"}


def gold(name: str, site: str, a: dict) -> dict:
    dated = {"page_date": a["date"][:10]} if site in DATED else {}
    captioned = {"caption": a["caption"]} if site != "bang_cu" else {}  # the old portal shows no photo
    return {**dated, **captioned,
        "file": name,
        "title": a["title"],
        "lead_starts": a["sapo"][:25],
        "body_must_contain": [a["sapo"][:40], a["paras"][0][:40], a["paras"][-1][-40:]],
        "body_must_not_contain": [RELATED[0], RELATED[1], SIDEBAR_TEXT[:40], COMMENT[:30], "Cơ quan chủ quản",
                                  "Đồng ý", "Đăng nhập", "Bản quyền thuộc", a["alt"]],
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for n, (site, k) in enumerate(PLAN, start=1):
        name = f"{n:02d}_{site}.html"
        (OUT / name).write_text(SITES[site](ARTICLES[k]), encoding="utf-8")
        g = gold(name, site, ARTICLES[k])
        (OUT / name).with_suffix(".json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
    print(f"wrote {len(PLAN)} pages to {OUT}")


if __name__ == "__main__":
    main()
