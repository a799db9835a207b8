<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="28"/>
        <source>Đã nhập {imported} bài, {duplicate} trùng, {skipped} bỏ qua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="31"/>
        <source>Đã huỷ giữa chừng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="41"/>
        <source>Kết quả nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="47"/>
        <source>Tệp bị bỏ qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="47"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="66"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="67"/>
        <source>&lt;h3&gt;Lưu trữ Lễ tân&lt;/h3&gt;&lt;p&gt;Protocol Archive {version}&lt;/p&gt;&lt;p&gt;Kho bài báo về các chuyến thăm chính thức, dùng ngoại tuyến.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../app/ui/article_model.py" line="42"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="42"/>
        <source>Tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="42"/>
        <source>Trưởng đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="43"/>
        <source>Nước chủ nhà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="43"/>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="110"/>
        <source>Năm được suy ra từ ngữ cảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/article_model.py" line="112"/>
        <source>Năm chưa rõ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="26"/>
        <source>Lọc tên người, tổ chức, địa điểm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="30"/>
        <source>Theo số bài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="30"/>
        <source>Theo tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_sidebar.py" line="31"/>
        <source>Sắp xếp thực thể</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../app/ui/entity_model.py" line="36"/>
        <source>Người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="36"/>
        <source>Tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/entity_model.py" line="37"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Lưu trữ Lễ tân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Nhập tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>Nhập các tệp bài báo (.txt, .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <source>Nhập thư mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>Nhập mọi bài báo trong một thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79"/>
        <source>Xuất chuyến thăm (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Xoá lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>Bỏ mọi bộ lọc (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Tìm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Thanh công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Tìm trong bài báo (không cần dấu), Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>&amp;Trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>{n} bài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>{m} đang lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Nhập tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Bài báo (*.txt *.html *.htm);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>Nhập thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Đang nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Đang có một lượt nhập chưa xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>đang nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Đang chuẩn bị nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Nhập bài báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>đang nhập {i}/{n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="303"/>
        <source>Đang nhập {i}/{n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Lỗi khi nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>Xuất chuyến thăm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>Không xuất được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Đã xuất {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/reader.py" line="114"/>
        <source>Chọn một bài trong danh sách để đọc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader.py" line="130"/>
        <source>Năm suy ra từ: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline.py" line="71"/>
        <source>Dòng thời gian chuyến thăm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="75"/>
        <source>Theo nước chủ nhà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="75"/>
        <source>Theo trưởng đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="78"/>
        <source>Chọn khoảng ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="80"/>
        <source>Kéo hai mép vùng chọn để lọc theo khoảng ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="82"/>
        <source>Xem toàn bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="122"/>
        <source>Không rõ trưởng đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="123"/>
        <source>Không rõ nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="138"/>
        <source>Chưa rõ năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline.py" line="278"/>
        <source>(không rõ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
