<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../app/ui/article_model.py" line="52"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="52"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="52"/>
        <source>Trưởng đoàn</source>
        <translation>Delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="53"/>
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="53"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="132"/>
        <source>Năm được suy ra từ ngữ cảnh</source>
        <translation>Year inferred from context</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="134"/>
        <source>Năm chưa rõ</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="136"/>
        <source>đã sửa tay</source>
        <translation>corrected by hand</translation>
    </message>
</context>
<context>
    <name>CorrectionHost</name>
    <message>
        <location filename="../../app/ui/correcting.py" line="60"/>
        <source>Xoá sửa đổi</source>
        <translation>Remove corrections</translation>
    </message>
    <message>
        <location filename="../../app/ui/correcting.py" line="87"/>
        <source>Đang bận</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../app/ui/correcting.py" line="88"/>
        <source>Hãy đợi lượt nhập hiện tại xong rồi sửa.</source>
        <translation>Please wait for the current import to finish, then correct.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correcting.py" line="101"/>
        <source>Không sửa được</source>
        <translation>Could not correct</translation>
    </message>
</context>
<context>
    <name>CounterpartDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="344"/>
        <source>Thêm người đã gặp</source>
        <translation>Add a person met</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="353"/>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="354"/>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="294"/>
        <source>Sửa nước chủ nhà</source>
        <translation>Correct host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="308"/>
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="91"/>
        <source>Sửa ngày</source>
        <translation>Correct date</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="98"/>
        <source>Năm chưa rõ</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="100"/>
        <source>Chỉ lưu ngày và tháng; năm để trống</source>
        <translation>Save the day and month only; leave the year empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="112"/>
        <source>chưa rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="126"/>
        <source>Chưa rõ năm: bài chỉ ghi ngày {dm}. Nếu biết năm, bỏ chọn «Năm chưa rõ» và nhập năm.</source>
        <translation>Year unknown: the article only gives the day {dm}. If you know the year, untick “Year unknown” and enter it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="129"/>
        <source>Chưa rõ ngày: bài không ghi ngày của sự kiện.</source>
        <translation>Date unknown: the article does not give the date of the event.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="131"/>
        <source>Năm được suy ra từ ngữ cảnh, chưa chắc chắn.</source>
        <translation>The year was inferred from context and may be wrong.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="146"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="147"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="148"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <location filename="../../app/ui/dossier_window.py" line="45"/>
        <source>Hồ sơ quốc gia</source>
        <translation>Country dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" line="45"/>
        <source>Hồ sơ người</source>
        <translation>Person dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" line="54"/>
        <source>Xuất tài liệu tham khảo…</source>
        <translation>Export briefing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" line="56"/>
        <source>Lưu hồ sơ này thành tệp PDF hoặc HTML để in</source>
        <translation>Save this dossier as a PDF or HTML file for printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" line="80"/>
        <source>Xuất tài liệu tham khảo</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" line="81"/>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" line="96"/>
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="69"/>
        <source>Hiện mục đã ẩn</source>
        <translation>Show hidden entries</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="75"/>
        <source>Lọc tên người, tổ chức, địa điểm…</source>
        <translation>Filter people, organisations, places…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="79"/>
        <source>Theo số bài</source>
        <translation>By article count</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="79"/>
        <source>Theo tên</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="80"/>
        <source>Sắp xếp thực thể</source>
        <translation>Sort entities</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="189"/>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="190"/>
        <source>Gộp vào…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="191"/>
        <source>Hiện</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="191"/>
        <source>Ẩn</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="194"/>
        <source>Bỏ các lần đổi tên, gộp, ẩn của mục này (phân tích lại bài)</source>
        <translation>Undo this entry&apos;s renames, merges and hiding (re-analyses articles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="207"/>
        <source>Hồ sơ người…</source>
        <translation>Person dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="211"/>
        <source>Hồ sơ quốc gia: {country}…</source>
        <translation>Country dossier: {country}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="283"/>
        <source>đang xoá sửa đổi…</source>
        <translation>removing corrections…</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../app/ui/entity_model.py" line="67"/>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="67"/>
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="68"/>
        <source>Địa điểm</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="166"/>
        <source>(đã ẩn)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="156"/>
        <source>đã sửa tay</source>
        <translation>corrected by hand</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="38"/>
        <source>Kết quả nhập</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44"/>
        <source>Tệp bị bỏ qua</source>
        <translation>Skipped file</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="323"/>
        <source>Sửa loại sự kiện</source>
        <translation>Correct the event kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="330"/>
        <source>Loại sự kiện</source>
        <translation>Event kind</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="250"/>
        <source>Sửa trưởng đoàn</source>
        <translation>Correct delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="263"/>
        <source>ví dụ: Chủ tịch nước</source>
        <translation>e.g. Chủ tịch nước (State President)</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="265"/>
        <source>Trưởng đoàn</source>
        <translation>Delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="266"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Nhập tệp…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Nhập các tệp bài báo (.txt, .html, Word, PDF, thư điện tử)</source>
        <translation>Import article files (.txt, .html, Word, PDF, e-mail)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Nhập thư mục…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>Nhập mọi bài báo trong một thư mục</source>
        <translation>Import every article in a folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Xoá lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Bỏ mọi bộ lọc (Esc)</source>
        <translation>Clear every filter (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Tìm trong bài báo (không cần dấu), Ctrl+F</source>
        <translation>Search the articles (diacritics optional), Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>Huỷ nhập</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Dừng lượt nhập đang chạy</source>
        <translation>Stop the running import</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>{n} bài</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>chỉ đọc</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338"/>
        <source>{m} đang lọc</source>
        <translation>{m} filtered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>Nhập tệp</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>Bài báo ({patterns});;Mọi tệp (*)</source>
        <translation>Articles ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>Nhập thư mục</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385"/>
        <source>Đang nhập</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385"/>
        <location filename="../../app/ui/main_window.py" line="458"/>
        <source>Đang có một lượt nhập chưa xong.</source>
        <translation>An import is still running.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401"/>
        <source>đang nhập…</source>
        <translation>importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="497"/>
        <source>Xuất {n} chuyến thăm của {m} bài đang lọc (CSV)</source>
        <translation>Export {n} visits of the {m} filtered articles (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <source>Xuất tất cả {n} chuyến thăm (CSV)</source>
        <translation>Export all {n} visits (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516"/>
        <source>Không ghi được {path}: {why}</source>
        <translation>Could not write {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>Đã xuất {n} dòng vào {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391"/>
        <source>Đang chuẩn bị nhập…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Xuất chuyến thăm đang lọc (CSV)…</source>
        <translation>Export filtered visits (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Các chuyến thăm của những bài đang hiện, cho bảng tính</source>
        <translation>The visits of the articles shown, for spreadsheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Xuất bài báo đang lọc (JSON)…</source>
        <translation>Export filtered articles (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Những bài đang hiện, với ngày, thực thể và chuyến thăm</source>
        <translation>The articles shown, with dates, entities and visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Hồ sơ quốc gia…</source>
        <translation>Country dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Các chuyến thăm hai chiều với một nước, để xuất tài liệu tham khảo</source>
        <translation>Visits both ways with one country, to export as a briefing</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>không tìm thấy bài nào khớp bộ lọc</source>
        <translation>no article matches the filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="393"/>
        <source>Nhập bài báo</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <source>đang nhập {i}/{n}…</source>
        <translation>importing {i}/{n}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="433"/>
        <source>Đang nhập {i}/{n}: {name}</source>
        <translation>Importing {i}/{n}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="450"/>
        <source>Lỗi khi nhập</source>
        <translation>Import error</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="458"/>
        <source>Đang bận</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="465"/>
        <source>Đã xong: {what}</source>
        <translation>Done: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="499"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="499"/>
        <source>chuyen_tham.csv</source>
        <translation>visits.csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Xuất {m} bài đang lọc (JSON)</source>
        <translation>Export the {m} filtered articles (JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="507"/>
        <source>Xuất tất cả {m} bài (JSON)</source>
        <translation>Export all {m} articles (JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>bai_bao.json</source>
        <translation>articles.json</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516"/>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="537"/>
        <location filename="../../app/ui/main_window.py" line="563"/>
        <source>Hồ sơ quốc gia</source>
        <translation>Country dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="547"/>
        <source>Hồ sơ người</source>
        <translation>Person dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="575"/>
        <source>Sửa ngày…</source>
        <translation>Correct date…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Sửa trưởng đoàn…</source>
        <translation>Correct leader…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="577"/>
        <source>Sửa nước chủ nhà…</source>
        <translation>Correct host country…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="578"/>
        <source>Sửa loại sự kiện…</source>
        <translation>Correct event kind…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="579"/>
        <source>Không phải chuyến thăm</source>
        <translation>Not a visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580"/>
        <source>Thêm người đã gặp…</source>
        <translation>Add a person met…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="581"/>
        <source>Trả lại giá trị máy tìm được (phân tích lại bài)</source>
        <translation>Bring back the values the machine found (re-analyses the article)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="586"/>
        <source>Bỏ người đã gặp</source>
        <translation>Remove a person met</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="594"/>
        <source>Bỏ văn kiện</source>
        <translation>Remove a document</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="595"/>
        <source>Bỏ quà tặng, danh hiệu</source>
        <translation>Remove an honour or gift</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="628"/>
        <source>Đã lưu sửa đổi.</source>
        <translation>Correction saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="679"/>
        <source>đang phân tích lại bài…</source>
        <translation>re-analysing the article…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="706"/>
        <source>đang xoá sửa đổi…</source>
        <translation>removing corrections…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="393"/>
        <source>Gộp vào</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="395"/>
        <source>Gộp «{name}» vào thực thể được chọn. Mọi bài nhắc đến «{name}» sẽ thuộc về thực thể ấy.</source>
        <translation>Merge “{name}” into the chosen entity. Every article that mentions “{name}” will then belong to it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="401"/>
        <source>Lọc (không cần dấu)…</source>
        <translation>Filter (diacritics optional)…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/reader.py" line="134"/>
        <source>Chọn một bài trong danh sách để đọc.</source>
        <translation>Choose an article in the list to read it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="140"/>
        <source>đã sửa tay</source>
        <translation>corrected by hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="144"/>
        <source>năm chưa rõ</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="144"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="144"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="145"/>
        <source>Tác giả</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="154"/>
        <source>Năm suy ra từ: </source>
        <translation>Year inferred from: </translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="176"/>
        <source>Trưởng đoàn</source>
        <translation>Delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="177"/>
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="185"/>
        <source>Đã gặp</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="208"/>
        <source>Văn kiện</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="210"/>
        <source>Tặng</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="228"/>
        <source>Loại sự kiện</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="229"/>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="370"/>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="376"/>
        <source>Tên mới</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="194"/>
        <source>Theo nước chủ nhà</source>
        <translation>By host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="194"/>
        <source>Theo trưởng đoàn</source>
        <translation>By leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="181"/>
        <source>Chọn khoảng ngày</source>
        <translation>Choose date range</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="322"/>
        <source>Không rõ trưởng đoàn</source>
        <translation>Unknown leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="322"/>
        <source>Không rõ nước</source>
        <translation>Unknown country</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="183"/>
        <source>Kéo trên dòng thời gian để chọn khoảng ngày, hoặc gõ ngày (phím D)</source>
        <translation>Drag on the timeline to choose a date range, or type the dates (key D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="185"/>
        <source>Từ ngày (trống: không giới hạn)</source>
        <translation>From (empty: no limit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="186"/>
        <source>Đến ngày (trống: không giới hạn)</source>
        <translation>To (empty: no limit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="189"/>
        <source>Vừa khung</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="190"/>
        <source>Khung nhìn vừa nơi có nhiều chuyến thăm (phím Home); Ctrl+lăn chuột hoặc phím +/− để phóng to, thu nhỏ</source>
        <translation>Fit the view to where most visits are (Home); Ctrl+wheel or +/− to zoom</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="197"/>
        <source>Xếp theo tên</source>
        <translation>Order by name</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="197"/>
        <source>Xếp theo số chuyến</source>
        <translation>Order by visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="205"/>
        <source>Dòng thời gian</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="213"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="215"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="365"/>
        <source>Chưa rõ năm ({n})</source>
        <translation>Year unknown ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="366"/>
        <source>{n} chuyến thăm chưa rõ năm, theo làn; bấm vào cột để chọn tất cả</source>
        <translation>{n} visits of unknown year, by lane; click the column to choose them all</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="663"/>
        <location filename="../../app/ui/timeline.py" line="680"/>
        <source>chưa rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="664"/>
        <location filename="../../app/ui/timeline.py" line="682"/>
        <source>(không rõ trưởng đoàn)</source>
        <translation>(unknown leader)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="666"/>
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="666"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="666"/>
        <source>Địa điểm</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="681"/>
        <source>Chuyến đi: {leader}, {countries}, {dates}</source>
        <translation>Trip: {leader}, {countries}, {dates}</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="683"/>
        <source>ngày chưa rõ</source>
        <translation>dates unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="686"/>
        <source>{name}: {n} chuyến thăm — bấm để lọc (Ctrl+bấm: thêm, bớt)</source>
        <translation>{name}: {n} visits — click to filter (Ctrl+click: add, remove)</translation>
    </message>
</context>
<context>
    <name>VietDateAxis</name>
    <message>
        <location filename="../../app/ui/timeline_axis.py" line="64"/>
        <source>T{m}</source>
        <translation>M{m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_axis.py" line="66"/>
        <source>T{m}/{y}</source>
        <translation>{m}/{y}</translation>
    </message>
</context>
<context>
    <name>VisitFacetModel</name>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="60"/>
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="60"/>
        <source>Trưởng đoàn</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="61"/>
        <source>(không rõ nước)</source>
        <translation>(unknown country)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="61"/>
        <source>(không rõ trưởng đoàn)</source>
        <translation>(unknown leader)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="93"/>
        <source>{name}: {v} chuyến thăm trong {a} bài</source>
        <translation>{name}: {v} visits in {a} articles</translation>
    </message>
</context>
<context>
    <name>VisitFacetPane</name>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="165"/>
        <source>Lọc nước chủ nhà, trưởng đoàn…</source>
        <translation>Filter host countries, leaders…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="169"/>
        <source>Theo số chuyến</source>
        <translation>By visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="169"/>
        <source>Theo tên</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="170"/>
        <source>Sắp xếp nước chủ nhà và trưởng đoàn</source>
        <translation>Sort host countries and leaders</translation>
    </message>
    <message>
        <location filename="../../app/ui/visit_facets.py" line="208"/>
        <source>Hồ sơ quốc gia: {country}…</source>
        <translation>Country dossier: {country}…</translation>
    </message>
</context>
<context>
    <name>_AskDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="53"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="54"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="25"/>
        <source>Đã nhập {imported} bài, {duplicate} trùng, {skipped} bỏ qua.</source>
        <translation>Imported {imported} articles, {duplicate} duplicates, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="28"/>
        <source>Đã huỷ giữa chừng.</source>
        <translation>Cancelled part-way.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62"/>
        <source>Lưu trữ Lễ tân</source>
        <translation>Protocol Archive</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="63"/>
        <source>Kho bài báo về các chuyến thăm chính thức, dùng ngoại tuyến.</source>
        <translation>An offline archive of news articles about official visits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="66"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../app/ui/exporting.py" line="16"/>
        <source>Mã bài</source>
        <translation>article_id</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="17"/>
        <source>Tiêu đề</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="18"/>
        <source>Loại sự kiện</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="19"/>
        <source>Trưởng đoàn</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="20"/>
        <source>Chức vụ trưởng đoàn</source>
        <translation>leader_title</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="21"/>
        <source>Nước chủ nhà</source>
        <translation>host_country</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="22"/>
        <source>Địa điểm</source>
        <translation>places</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="23"/>
        <source>Người đã gặp</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="24"/>
        <source>Từ ngày</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="25"/>
        <source>Đến ngày</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="26"/>
        <source>Ngày/tháng (chưa rõ năm)</source>
        <translation>day_month</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="27"/>
        <source>Đến ngày/tháng (chưa rõ năm)</source>
        <translation>end_day_month</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="28"/>
        <source>Căn cứ của năm</source>
        <translation>year_basis</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="29"/>
        <source>Chuyến đi</source>
        <translation>trip</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="30"/>
        <source>Nguồn</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="31"/>
        <source>Tệp</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../app/ui/kinds.py" line="12"/>
        <source>Đoàn Việt Nam thăm nước ngoài</source>
        <translation>Vietnamese delegation abroad</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="13"/>
        <source>Khách nước ngoài thăm Việt Nam</source>
        <translation>Foreign visit to Viet Nam</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="14"/>
        <source>Tiếp khách nước ngoài tại Việt Nam</source>
        <translation>Reception in Viet Nam</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="15"/>
        <source>Chuyến thăm giữa các nước khác</source>
        <translation>Visit between other countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="16"/>
        <source>Hội nghị đa phương</source>
        <translation>Multilateral meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="17"/>
        <source>Điện đàm, thư, điện mừng</source>
        <translation>Call, letter or message</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="18"/>
        <source>Không phải chuyến thăm</source>
        <translation>Not a visit</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../app/ui/launch.py" line="63"/>
        <source>Lưu trữ Lễ tân</source>
        <translation>Protocol Archive</translation>
    </message>
</context>
</TS>
