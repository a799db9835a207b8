<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../app/ui/article_model.py" line="52" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="52" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="52" />
        <source>Trưởng đoàn</source>
        <translation>Delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="53" />
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="53" />
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="132" />
        <source>Năm được suy ra từ ngữ cảnh</source>
        <translation>Year inferred from context</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="134" />
        <source>Năm chưa rõ</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="136" />
        <source>đã sửa tay</source>
        <translation>corrected by hand</translation>
    </message>
</context>
<context>
    <name>CorrectionHost</name>
    <message>
        <location filename="../../app/ui/correcting.py" line="60" />
        <source>Xoá sửa đổi</source>
        <translation>Remove corrections</translation>
    </message>
    <message>
        <location filename="../../app/ui/correcting.py" line="87" />
        <source>Đang bận</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../app/ui/correcting.py" line="88" />
        <source>Hãy đợi lượt nhập hiện tại xong rồi sửa.</source>
        <translation>Please wait for the current import to finish, then correct.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correcting.py" line="101" />
        <source>Không sửa được</source>
        <translation>Could not correct</translation>
    </message>
</context>
<context>
    <name>CounterpartDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="233" />
        <source>Thêm người đã gặp</source>
        <translation>Add a person met</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="242" />
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="243" />
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="183" />
        <source>Sửa nước chủ nhà</source>
        <translation>Correct host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="197" />
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="76" />
        <source>Sửa ngày</source>
        <translation>Correct date</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="102" />
        <source>Chưa rõ năm: bài chỉ ghi ngày {dm}. Hãy chọn năm đúng.</source>
        <translation>Year unknown: the article only gives the day {dm}. Choose the right year.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="105" />
        <source>Chưa rõ ngày: bài không ghi ngày của sự kiện.</source>
        <translation>Date unknown: the article does not give the date of the event.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="109" />
        <source>Năm được suy ra từ ngữ cảnh, chưa chắc chắn.</source>
        <translation>The year was inferred from context and may be wrong.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="116" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="117" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" />
        <source>Hồ sơ người…</source>
        <translation>Person dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" />
        <source>Hồ sơ quốc gia: {country}…</source>
        <translation>Country dossier: {country}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="64" />
        <source>Hiện mục đã ẩn</source>
        <translation>Show hidden entries</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="70" />
        <source>Lọc tên người, tổ chức, địa điểm…</source>
        <translation>Filter people, organisations, places…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="74" />
        <source>Theo số bài</source>
        <translation>By article count</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="74" />
        <source>Theo tên</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="75" />
        <source>Sắp xếp thực thể</source>
        <translation>Sort entities</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="180" />
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="181" />
        <source>Gộp vào…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="182" />
        <source>Hiện</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="182" />
        <source>Ẩn</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="185" />
        <source>Bỏ các lần đổi tên, gộp, ẩn của mục này (phân tích lại bài)</source>
        <translation>Undo this entry's renames, merges and hiding (re-analyses articles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="257" />
        <source>đang xoá sửa đổi…</source>
        <translation>removing corrections…</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../app/ui/entity_model.py" line="47" />
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="47" />
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="48" />
        <source>Địa điểm</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="138" />
        <source>(đã ẩn)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="128" />
        <source>đã sửa tay</source>
        <translation>corrected by hand</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="38" />
        <source>Kết quả nhập</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44" />
        <source>Tệp bị bỏ qua</source>
        <translation>Skipped file</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="212" />
        <source>Sửa loại sự kiện</source>
        <translation>Correct the event kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="219" />
        <source>Loại sự kiện</source>
        <translation>Event kind</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="150" />
        <source>Sửa trưởng đoàn</source>
        <translation>Correct delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="160" />
        <source>ví dụ: Chủ tịch nước</source>
        <translation>e.g. Chủ tịch nước (State President)</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="162" />
        <source>Trưởng đoàn</source>
        <translation>Delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="163" />
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" />
        <source>Hồ sơ quốc gia…</source>
        <translation>Country dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" />
        <source>Các chuyến thăm hai chiều với một nước, để xuất tài liệu tham khảo</source>
        <translation>Visits both ways with one country, to export as a briefing</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" />
        <source>Hồ sơ quốc gia</source>
        <translation>Country dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" />
        <source>Hồ sơ người</source>
        <translation>Person dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" />
        <source>Bỏ văn kiện</source>
        <translation>Remove a document</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" />
        <source>Bỏ quà tặng, danh hiệu</source>
        <translation>Remove an honour or gift</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <source>Lưu trữ Lễ tân</source>
        <translation>Protocol Archive</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111" />
        <source>Nhập tệp…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113" />
        <source>Nhập các tệp bài báo (.txt, .html)</source>
        <translation>Import article files (.txt, .html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>Nhập thư mục…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115" />
        <source>Nhập mọi bài báo trong một thư mục</source>
        <translation>Import every article in a folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116" />
        <source>Xuất chuyến thăm (CSV)…</source>
        <translation>Export visits (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120" />
        <source>Xoá lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124" />
        <source>Bỏ mọi bộ lọc (Esc)</source>
        <translation>Clear every filter (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140" />
        <source>Tìm trong bài báo (không cần dấu), Ctrl+F</source>
        <translation>Search the articles (diacritics optional), Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216" />
        <source>Huỷ nhập</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217" />
        <source>Dừng lượt nhập đang chạy</source>
        <translation>Stop the running import</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277" />
        <source>{n} bài</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279" />
        <source>{m} đang lọc</source>
        <translation>{m} filtered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>Nhập tệp</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>Bài báo (*.txt *.html *.htm);;Mọi tệp (*)</source>
        <translation>Articles (*.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316" />
        <source>Nhập thư mục</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323" />
        <source>Đang nhập</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323" />
        <location filename="../../app/ui/main_window.py" line="395" />
        <source>Đang có một lượt nhập chưa xong.</source>
        <translation>An import is still running.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339" />
        <source>đang nhập…</source>
        <translation>importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329" />
        <source>Đang chuẩn bị nhập…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331" />
        <source>Nhập bài báo</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>đang nhập {i}/{n}…</source>
        <translation>importing {i}/{n}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>Đang nhập {i}/{n}: {name}</source>
        <translation>Importing {i}/{n}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387" />
        <source>Lỗi khi nhập</source>
        <translation>Import error</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395" />
        <source>Đang bận</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402" />
        <source>Đã xong: {what}</source>
        <translation>Done: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426" />
        <source>Xuất chuyến thăm</source>
        <translation>Export visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="434" />
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436" />
        <source>Đã xuất {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="447" />
        <source>Sửa ngày…</source>
        <translation>Correct date…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="448" />
        <source>Sửa trưởng đoàn…</source>
        <translation>Correct leader…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449" />
        <source>Sửa nước chủ nhà…</source>
        <translation>Correct host country…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="450" />
        <source>Sửa loại sự kiện…</source>
        <translation>Correct event kind…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451" />
        <source>Không phải chuyến thăm</source>
        <translation>Not a visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452" />
        <source>Thêm người đã gặp…</source>
        <translation>Add a person met…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453" />
        <source>Trả lại giá trị máy tìm được (phân tích lại bài)</source>
        <translation>Bring back the values the machine found (re-analyses the article)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="458" />
        <source>Bỏ người đã gặp</source>
        <translation>Remove a person met</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="488" />
        <source>Đã lưu sửa đổi.</source>
        <translation>Correction saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="534" />
        <source>đang phân tích lại bài…</source>
        <translation>re-analysing the article…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557" />
        <source>đang xoá sửa đổi…</source>
        <translation>removing corrections…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="282" />
        <source>Gộp vào</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="284" />
        <source>Gộp «{name}» vào thực thể được chọn. Mọi bài nhắc đến «{name}» sẽ thuộc về thực thể ấy.</source>
        <translation>Merge “{name}” into the chosen entity. Every article that mentions “{name}” will then belong to it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="290" />
        <source>Lọc (không cần dấu)…</source>
        <translation>Filter (diacritics optional)…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/reader.py" />
        <source>Văn kiện</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" />
        <source>Tặng</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="134" />
        <source>Chọn một bài trong danh sách để đọc.</source>
        <translation>Choose an article in the list to read it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="140" />
        <source>đã sửa tay</source>
        <translation>corrected by hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="144" />
        <source>năm chưa rõ</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="144" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="144" />
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="145" />
        <source>Tác giả</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="154" />
        <source>Năm suy ra từ: </source>
        <translation>Year inferred from: </translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="176" />
        <source>Trưởng đoàn</source>
        <translation>Delegation leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="177" />
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="185" />
        <source>Đã gặp</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="207" />
        <source>Loại sự kiện</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="208" />
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="259" />
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="265" />
        <source>Tên mới</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="110" />
        <source>Dòng thời gian chuyến thăm</source>
        <translation>Visit timeline</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="114" />
        <source>Theo nước chủ nhà</source>
        <translation>By host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="114" />
        <source>Theo trưởng đoàn</source>
        <translation>By leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="117" />
        <source>Chọn khoảng ngày</source>
        <translation>Choose date range</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="119" />
        <source>Kéo hai mép vùng chọn để lọc theo khoảng ngày</source>
        <translation>Drag the edges of the region to filter by dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="121" />
        <source>Xem toàn bộ</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="142" />
        <source>Chưa rõ năm: vị trí trên trục không phải ngày</source>
        <translation>Year unknown: positions here are not dates</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="193" />
        <source>Không rõ trưởng đoàn</source>
        <translation>Unknown leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="196" />
        <source>Không rõ nước</source>
        <translation>Unknown country</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="199" />
        <source>Chưa rõ năm</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="369" />
        <location filename="../../app/ui/timeline.py" line="386" />
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="371" />
        <source>Nước chủ nhà</source>
        <translation>Host country</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="371" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="371" />
        <source>Địa điểm</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="385" />
        <source>Chuyến đi: {leader}, {countries}, {dates}</source>
        <translation>Trip: {leader}, {countries}, {dates}</translation>
    </message>
</context>
<context>
    <name>VietDateAxis</name>
    <message>
        <location filename="../../app/ui/timeline_axis.py" line="44" />
        <source>T{m}</source>
        <translation>M{m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_axis.py" line="46" />
        <source>T{m}/{y}</source>
        <translation>{m}/{y}</translation>
    </message>
</context>
<context>
    <name>_AskDialog</name>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="49" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_dialogs.py" line="50" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="25" />
        <source>Đã nhập {imported} bài, {duplicate} trùng, {skipped} bỏ qua.</source>
        <translation>Imported {imported} articles, {duplicate} duplicates, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="28" />
        <source>Đã huỷ giữa chừng.</source>
        <translation>Cancelled part-way.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="61" />
        <source>Lưu trữ Lễ tân</source>
        <translation>Protocol Archive</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62" />
        <source>Kho bài báo về các chuyến thăm chính thức, dùng ngoại tuyến.</source>
        <translation>An offline archive of news articles about official visits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="65" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../app/ui/kinds.py" line="12" />
        <source>Đoàn Việt Nam thăm nước ngoài</source>
        <translation>Vietnamese delegation abroad</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="13" />
        <source>Khách nước ngoài thăm Việt Nam</source>
        <translation>Foreign visit to Viet Nam</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="14" />
        <source>Tiếp khách nước ngoài tại Việt Nam</source>
        <translation>Reception in Viet Nam</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="15" />
        <source>Chuyến thăm giữa các nước khác</source>
        <translation>Visit between other countries</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="16" />
        <source>Hội nghị đa phương</source>
        <translation>Multilateral meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="17" />
        <source>Điện đàm, thư, điện mừng</source>
        <translation>Call, letter or message</translation>
    </message>
    <message>
        <location filename="../../app/ui/kinds.py" line="18" />
        <source>Không phải chuyến thăm</source>
        <translation>Not a visit</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../app/ui/launch.py" line="62" />
        <source>Lưu trữ Lễ tân</source>
        <translation>Protocol Archive</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <location filename="../../app/ui/dossier_window.py" />
        <source>Hồ sơ quốc gia</source>
        <translation>Country dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" />
        <source>Hồ sơ người</source>
        <translation>Person dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" />
        <source>Xuất tài liệu tham khảo…</source>
        <translation>Export briefing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" />
        <source>Lưu hồ sơ này thành tệp PDF hoặc HTML để in</source>
        <translation>Save this dossier as a PDF or HTML file for printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" />
        <source>Xuất tài liệu tham khảo</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" />
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_window.py" />
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
</TS>