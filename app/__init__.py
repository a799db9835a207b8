"""Protocol Archive (Lưu trữ Lễ tân): an offline archive of news about official visits."""

__version__ = "0.1.0"
