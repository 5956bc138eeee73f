"""Customers sort by pinyin in Chinese, not by code point."""

from PySide6.QtCore import QLocale

from desktop_app.ui.collation import sorted_names


def test_chinese_names_sort_by_pinyin_in_simplified_chinese():
    names = ["张伟", "李娜", "王芳", "阿明", "陈静"]
    assert sorted(names) != ["阿明", "陈静", "李娜", "王芳", "张伟"]  # code point order is wrong
    assert sorted_names(names, QLocale("zh_CN")) == ["阿明", "陈静", "李娜", "王芳", "张伟"]


def test_english_names_sort_without_regard_to_case_and_numbers_by_value():
    assert sorted_names(["bob", "Alice", "Table 10", "Table 2"], QLocale("en")) == [
        "Alice", "bob", "Table 2", "Table 10"]
