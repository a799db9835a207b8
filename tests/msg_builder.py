"""Write a small Outlook .msg file for the tests: an OLE compound file (MS-CFB, version 3) holding the
message's properties as [MS-OXMSG] lays them out. extract-msg reads .msg but cannot write one, and
no installed library writes OLE files, so this is written by hand from the two specifications:
only what a plain text message needs (class, subject, body, transport headers), every stream in
the mini stream (all are under 4,096 bytes), one FAT sector (files under ~60 KB)."""

from __future__ import annotations

import math
import struct
from datetime import datetime, timezone

SECTOR, MINI = 512, 64
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
PT_UNICODE, PT_SYSTIME = 0x001F, 0x0040


def _unicode_props(props: dict[int, str]) -> tuple[dict[str, bytes], bytes]:
    """Property id → text: its __substg1.0_ streams and the entries of __properties_version1.0."""
    streams, entries = {}, b""
    for prop_id, text in props.items():
        data = text.encode("utf-16-le")
        streams[f"__substg1.0_{prop_id:04X}{PT_UNICODE:04X}"] = data
        tag = (prop_id << 16) | PT_UNICODE
        entries += struct.pack("<IIII", tag, 0x6, len(data) + 2, 0)
    return streams, entries


def build_msg(*, subject: str, body: str, sender: str, sent: datetime) -> bytes:
    date = sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    headers = f"From: {sender}\r\nSubject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n\r\n"
    streams, entries = _unicode_props({0x001A: "IPM.Note", 0x0037: subject, 0x1000: body, 0x007D: headers,
                                       0x0C1A: sender.split("<")[0].strip()})
    # PR_CLIENT_SUBMIT_TIME, a FILETIME (100 ns since 1601, UTC) stored in the entry itself.
    ticks = int((sent - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds() * 10_000_000)
    entries += struct.pack("<IIQ", (0x0039 << 16) | PT_SYSTIME, 0x6, ticks)
    # Top-level message: 8 reserved bytes, next recipient/attachment ids, their counts, 8 reserved.
    streams["__properties_version1.0"] = struct.pack("<8xIIII8x", 0, 0, 0, 0) + entries
    nameid = {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"", "__substg1.0_00040102": b""}
    return _compound_file(streams, {"__nameid_version1.0": nameid})


def _compound_file(streams: dict[str, bytes], storages: dict[str, dict[str, bytes]]) -> bytes:
    # Directory: root, the root's streams, then each storage followed by its streams.
    entries: list[dict] = [{"name": "Root Entry", "type": 5, "children": []}]
    for name, data in streams.items():
        entries[0]["children"].append(len(entries))
        entries.append({"name": name, "type": 2, "data": data, "children": []})
    for name, inner in storages.items():
        entries[0]["children"].append(len(entries))
        storage = {"name": name, "type": 1, "children": []}
        entries.append(storage)
        for inner_name, data in inner.items():
            storage["children"].append(len(entries))
            entries.append({"name": inner_name, "type": 2, "data": data, "children": []})
    # The mini stream: each stream's bytes in 64-byte mini sectors, chained in the mini FAT.
    mini, minifat = b"", []
    for entry in entries:
        data = entry.get("data", b"")
        if not data:
            entry["start"], entry["size"] = END, 0
            continue
        count = math.ceil(len(data) / MINI)
        first = len(minifat)
        minifat += [first + k + 1 for k in range(count - 1)] + [END]
        entry["start"], entry["size"] = first, len(data)
        mini += data.ljust(count * MINI, b"\0")
    dir_sectors = math.ceil(len(entries) * 128 / SECTOR)
    minifat_sectors = math.ceil(len(minifat) * 4 / SECTOR)
    mini_sectors = math.ceil(len(mini) / SECTOR)
    # Sectors: 0 = the FAT, then the directory, the mini FAT, the mini stream.
    fat = [FATSECT]
    chains = []
    for count in (dir_sectors, minifat_sectors, mini_sectors):
        start = len(fat)
        fat += [start + k + 1 for k in range(count - 1)] + [END]
        chains.append(start)
    assert len(fat) <= SECTOR // 4, "one FAT sector only"
    dir_start, minifat_start, mini_start = chains
    entries[0]["start"], entries[0]["size"] = mini_start, len(mini)
    for entry in entries:  # each storage's children as a chain of right siblings (all black)
        kids = entry["children"]
        entry["child"] = kids[0] if kids else NOSTREAM
        for a, b in zip(kids, kids[1:]):
            entries[a]["right"] = b
    directory = b"".join(_dir_entry(e) for e in entries).ljust(dir_sectors * SECTOR, b"\0")
    for k in range(len(entries), dir_sectors * SECTOR // 128):  # unused entries
        directory = directory[: k * 128] + _dir_entry({"name": "", "type": 0}) + directory[(k + 1) * 128 :]
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, dir_start, 0, 0x1000,
                            minifat_start, minifat_sectors, END, 0)
              + struct.pack("<I", 0) + struct.pack("<108I", *([FREE] * 108)))
    assert len(header) == SECTOR
    body = (struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
            + directory
            + struct.pack(f"<{len(minifat)}I", *minifat).ljust(minifat_sectors * SECTOR, b"\xff")
            + mini.ljust(mini_sectors * SECTOR, b"\0"))
    return header + body


def _dir_entry(e: dict) -> bytes:
    name = e["name"].encode("utf-16-le")
    name_len = len(name) + 2 if e["name"] else 0
    return (name.ljust(64, b"\0")
            + struct.pack("<HBBIII", name_len, e["type"], 1, NOSTREAM, e.get("right", NOSTREAM),
                          e.get("child", NOSTREAM))
            + bytes(16) + struct.pack("<I", 0) + bytes(16)
            + struct.pack("<IQ", e.get("start", END) if e["type"] else 0, e.get("size", 0)))
