"""XMP reader: properties named and valued as ``exiftool -j -G1 -n`` shows them, hostile and damaged
packets reported without being expanded or crashing."""

import time

from analysis.limits import MAX_XMP_NODES, MAX_XMP_PACKETS
from analysis.metadata import READERS, xmp
from analysis.metadata.context import Block, ReadContext

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def packet(body: str, namespaces: str = "", about: str = "") -> str:
    """A standard XMP packet with one rdf:Description holding ``body``."""
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/' x:xmptk='XMP Core 5.6.0'>\n"
        f"<rdf:RDF xmlns:rdf='{RDF}'>\n"
        f"<rdf:Description rdf:about='{about}' {namespaces}>\n{body}\n</rdf:Description>\n"
        "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>"
    )


def read(data: bytes | str) -> ReadContext:
    ctx = ReadContext(b"", READERS, strict=True)
    ctx.read(Block("XMP", data.encode() if isinstance(data, str) else data, "JPEG-APP1-XMP"))
    return ctx


DC = "xmlns:dc='http://purl.org/dc/elements/1.1/'"
XAP = "xmlns:xmp='http://ns.adobe.com/xap/1.0/'"
EXIF = "xmlns:exif='http://ns.adobe.com/exif/1.0/'"
MM = "xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/' xmlns:stEvt='http://ns.adobe.com/xap/1.0/sType/ResourceEvent#'"


def test_it_reads_properties_into_their_namespace_group():
    ctx = read(
        packet(
            "<xmp:CreatorTool>Adobe Photoshop 24.1</xmp:CreatorTool>"
            "<dc:creator><rdf:Seq><rdf:li>Ann</rdf:li></rdf:Seq></dc:creator>"
            "<dc:subject><rdf:Bag><rdf:li>cat</rdf:li><rdf:li>2010</rdf:li></rdf:Bag></dc:subject>",
            f"{DC} {XAP}",
        )
    )
    assert ctx.metadata["XMP-xmp"] == {"CreatorTool": "Adobe Photoshop 24.1"}
    assert ctx.metadata["XMP-dc"] == {"Creator": "Ann", "Subject": ["cat", "2010"]}
    assert ctx.metadata["XMP-x"] == {"XMPToolkit": "XMP Core 5.6.0"}
    assert ctx.warnings == []


def test_it_flattens_structures_into_lists_as_exiftool_does():
    event = "<rdf:li rdf:parseType='Resource'><stEvt:action>{}</stEvt:action><stEvt:when>{}</stEvt:when></rdf:li>"
    history = event.format("created", "2023-01-02T10:11:12+01:00") + event.format("saved", "2023-01-03T09:00")
    ctx = read(packet(f"<xmpMM:History><rdf:Seq>{history}</rdf:Seq></xmpMM:History>", MM))
    assert ctx.metadata["XMP-xmpMM"] == {
        "HistoryAction": ["created", "saved"],
        "HistoryWhen": ["2023:01:02 10:11:12+01:00", "2023:01:03 09:00"],
    }


def test_it_uses_exiftool_names_and_conversions():
    ctx = read(
        packet(
            "<exif:ExposureBiasValue>-1/3</exif:ExposureBiasValue><exif:FNumber>28/10</exif:FNumber>"
            "<exif:PixelXDimension>4000</exif:PixelXDimension><exif:DateTimeOriginal>2020-05-06T07:08:09"
            "</exif:DateTimeOriginal><exif:GPSLatitude>47,30.5S</exif:GPSLatitude><exif:Flash rdf:parseType="
            "'Resource'><exif:Fired>True</exif:Fired></exif:Flash>",
            EXIF,
        )
    )
    tags = ctx.metadata["XMP-exif"]
    assert abs(tags.pop("ExposureCompensation") + 1 / 3) < 1e-12
    assert abs(tags.pop("GPSLatitude") + 47.508333333) < 1e-9
    assert tags == {
        "FNumber": 2.8,
        "ExifImageWidth": 4000,
        "DateTimeOriginal": "2020:05:06 07:08:09",
        "FlashFired": True,
    }


def test_it_gives_other_languages_their_own_tags():
    title = "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>Hello</rdf:li><rdf:li xml:lang='de-de'>Hallo</rdf:li>"
    ctx = read(packet(title + "</rdf:Alt></dc:title>", DC))
    assert ctx.metadata["XMP-dc"] == {"Title": "Hello", "Title-de-DE": "Hallo"}


def test_it_reads_attributes_as_properties_and_the_about_uri():
    ctx = read(packet("", f"{XAP} xmp:Rating='3' xmp:Label='Red'", about="uuid:1234"))
    assert ctx.metadata["XMP-xmp"] == {"Rating": 3, "Label": "Red"}
    assert ctx.metadata["XMP-rdf"] == {"About": "uuid:1234"}


def test_it_groups_a_known_namespace_by_its_standard_prefix_whatever_the_document_calls_it():
    ctx = read(packet("<ns1:CreatorTool>GIMP 2.10</ns1:CreatorTool>", "xmlns:ns1='http://ns.adobe.com/xap/1.0/'"))
    assert ctx.metadata["XMP-xmp"] == {"CreatorTool": "GIMP 2.10"}


def test_it_keeps_an_unknown_namespace_under_the_document_prefix():
    ctx = read(
        packet("<GIMP:Platform>Linux</GIMP:Platform><GIMP:a>1/4</GIMP:a>", "xmlns:GIMP='http://www.gimp.org/xmp/'")
    )
    # ExifTool guesses rationals in unknown properties, and names of one letter get a "Tag" prefix
    assert ctx.metadata["XMP-GIMP"] == {"Platform": "Linux", "TagA": 0.25}


def test_it_keeps_the_last_duplicate_of_a_known_property_and_the_first_of_a_low_priority_one():
    tiff = "xmlns:tiff='http://ns.adobe.com/tiff/1.0/'"
    ctx = read(
        packet(
            "<xmp:CreatorTool>A</xmp:CreatorTool><xmp:CreatorTool>B</xmp:CreatorTool>"
            "<tiff:Make>First</tiff:Make><tiff:Make>Second</tiff:Make>",
            f"{XAP} {tiff}",
        )
    )
    assert ctx.metadata["XMP-xmp"] == {"CreatorTool": "B"}
    assert ctx.metadata["XMP-tiff"] == {"Make": "First"}


def test_it_refuses_an_entity_bomb_without_expanding_it():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    ctx = read(bomb + packet("<dc:description>&lol3;</dc:description>", DC).split("?>", 1)[1])
    assert ctx.metadata == {}
    assert len(ctx.warnings) == 1 and "refused" in ctx.warnings[0].message


def test_it_refuses_an_external_entity():
    xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    ctx = read(xxe + packet("<dc:description>&xxe;</dc:description>", DC).split("?>", 1)[1])
    assert ctx.metadata == {}
    assert "refused" in ctx.warnings[0].message


def test_it_reads_a_packet_padded_with_nuls():
    ctx = read(packet("<xmp:Rating>5</xmp:Rating>", XAP).encode() + b"\x00" * 2048)
    assert ctx.metadata["XMP-xmp"] == {"Rating": 5}
    assert ctx.warnings == []


def test_it_reads_a_latin1_packet_and_says_so():
    ctx = read(packet("<xmp:Label>Caf\xe9</xmp:Label>", XAP).replace("\ufeff", "").encode("latin-1"))
    assert ctx.metadata["XMP-xmp"] == {"Label": "Café"}
    assert "Latin-1" in ctx.warnings[0].message


def test_it_reads_a_utf16_packet():
    ctx = read(packet("<xmp:Label>Grün</xmp:Label>", XAP).encode("utf-16-be"))
    assert ctx.metadata["XMP-xmp"] == {"Label": "Grün"}


def test_it_keeps_what_came_before_malformed_xml():
    ctx = read(packet("<xmp:Label>ok</xmp:Label><xmp:Rating>2</xmp:Broken>", XAP))
    assert ctx.metadata["XMP-xmp"] == {"Label": "ok"}
    assert "format error" in ctx.warnings[0].message


def test_it_skips_a_packet_over_the_size_limit(monkeypatch):
    monkeypatch.setattr(xmp, "MAX_XML_BYTES", 100)
    ctx = read(packet("<xmp:Label>x</xmp:Label>", XAP))
    assert ctx.metadata == {}
    assert "exceeds" in ctx.warnings[0].message


def test_it_caps_the_items_of_a_list(monkeypatch):
    monkeypatch.setattr(xmp, "MAX_XMP_LIST_ITEMS", 3)
    items = "".join(f"<rdf:li>k{i}</rdf:li>" for i in range(6))
    event = "<rdf:li rdf:parseType='Resource'><stEvt:action>a{}</stEvt:action></rdf:li>"
    events = "".join(event.format(i) for i in range(5))
    body = (
        f"<dc:subject><rdf:Bag>{items}</rdf:Bag></dc:subject><xmpMM:History><rdf:Seq>{events}</rdf:Seq></xmpMM:History>"
    )
    ctx = read(packet(body, f"{DC} {MM}"))
    assert ctx.metadata["XMP-dc"] == {"Subject": ["k0", "k1", "k2"]}
    assert ctx.metadata["XMP-xmpMM"] == {"HistoryAction": ["a0", "a1", "a2"]}
    assert "only 3 items" in ctx.warnings[0].message


def test_it_reads_nothing_from_an_empty_block():
    ctx = read(b"")
    assert ctx.metadata == {}
    assert ctx.warnings == []


def _packet(body: str) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">{body}</rdf:Description>'
        "</rdf:RDF></x:xmpmeta>"
    ).encode()


def test_a_packet_with_a_huge_number_of_properties_is_cut_short_quickly():
    packet = _packet("".join(f"<dc:t{i}>v</dc:t{i}>" for i in range(200_000)))
    ctx = ReadContext(b"", READERS)
    started = time.perf_counter()
    ctx.read(Block("XMP", packet, "PNG-iTXt"))
    assert time.perf_counter() - started < 2
    assert 0 < len(ctx.metadata["XMP-dc"]) <= MAX_XMP_NODES
    assert any("nodes" in w.message for w in ctx.warnings)


def test_the_node_budget_is_shared_by_every_packet_of_a_file():
    packet = _packet("".join(f"<dc:t{i}>v</dc:t{i}>" for i in range(MAX_XMP_NODES // 2)))
    ctx = ReadContext(b"", READERS)
    for _ in range(4):
        ctx.read(Block("XMP", packet, "PNG-iTXt"))
    assert any("nodes" in w.message for w in ctx.warnings)


def test_only_so_many_packets_are_read():
    ctx = ReadContext(b"", READERS)
    for _ in range(MAX_XMP_PACKETS + 5):
        ctx.read(Block("XMP", _packet("<dc:title>x</dc:title>"), "PNG-iTXt"))
    assert any("packets" in w.message for w in ctx.warnings)


def test_a_packet_that_is_not_well_formed_is_read_as_exiftool_scans_it():
    # "TIFF/EPStandardID" is no XML name: ExifTool reads the element as exif:TIFF up to the
    # closing tag that starts with that name, and goes on with the properties after it.
    body = (
        "<exif:Make>NIKON</exif:Make>"
        "<exif:TIFF/EPStandardID>0x01, 0x00</exif:TIFF/EPStandardID>"
        "<exif:FNumber>63/10</exif:FNumber>"
        "<exif:Flash rdf:parseType='Resource'><exif:Fired>True</exif:Fired></exif:Flash>"
        "<exif:UserComment>a &amp; b &#x263A;<![CDATA[ <c> ]]></exif:UserComment>"
    )
    ctx = read(packet(body, EXIF))
    assert ctx.metadata["XMP-exif"] == {
        "Make": "NIKON",
        "Tiff": "0x01, 0x00",
        "FNumber": 6.3,
        "FlashFired": True,
        "UserComment": "a & b \u263a <c> ",
    }
    assert "not well-formed" in ctx.warnings[0].message


def test_the_tolerant_scan_stops_a_level_at_an_element_never_closed():
    ctx = read(packet("<xmp:Label>ok</xmp:Label><xmp:Rating>2</xmp:Broken><xmp:Nickname>n</xmp:Nickname>", XAP))
    assert ctx.metadata["XMP-xmp"] == {"Label": "ok"}
    assert any("no closing tag for xmp:Rating" in w.message for w in ctx.warnings)


def test_a_later_packet_replaces_known_properties_but_not_unknown_ones():
    ctx = ReadContext(b"", READERS, strict=True)
    other = "xmlns:my='http://example.com/my/'"
    for subject, unknown, about in (("first", "a", "uuid:1"), ("second", "b", "uuid:2")):
        body = f"<dc:subject><rdf:Bag><rdf:li>{subject}</rdf:li></rdf:Bag></dc:subject><my:Thing>{unknown}</my:Thing>"
        ctx.read(Block("XMP", packet(body, f"{DC} {other}", about).encode(), "JPEG-APP1-XMP"))
    assert ctx.metadata["XMP-dc"] == {"Subject": "second"}
    assert ctx.metadata["XMP-rdf"] == {"About": "uuid:2"}
    assert ctx.metadata["XMP-my"] == {"Thing": "a"}


def test_text_stays_text_and_numbers_stay_numbers_as_exiftool_types_them():
    other = "xmlns:my='http://example.com/my/'"
    body = (
        "<xmp:CreatorTool>8.0</xmp:CreatorTool><xmp:Rating>5</xmp:Rating>"
        "<exif:FNumber>28/10</exif:FNumber><exif:ExifVersion>0230</exif:ExifVersion>"
        "<exif:FlashFired>True</exif:FlashFired><my:Version>2.5</my:Version><my:Ratio>3/2</my:Ratio>"
    )
    ctx = read(packet(body, f"{XAP} {EXIF} {other}"))
    assert ctx.metadata["XMP-xmp"] == {"CreatorTool": "8.0", "Rating": 5}  # string, real
    assert ctx.metadata["XMP-exif"] == {"FNumber": 2.8, "ExifVersion": "0230", "FlashFired": True}
    assert ctx.metadata["XMP-my"] == {"Version": "2.5", "Ratio": 1.5}  # unknown: only rationals converted


def test_the_tolerant_scan_stops_descending_at_its_depth_limit():
    body = "<xmp:a>" * 60 + "<exif:TIFF/EP>1</exif:TIFF/EP>" + "</xmp:a>" * 60 + "<xmp:Label>ok</xmp:Label>"
    ctx = ReadContext(b"", READERS, strict=False)
    start = time.perf_counter()
    ctx.read(Block("XMP", packet(body, f"{XAP} {EXIF}").encode(), "JPEG-APP1-XMP"))
    assert time.perf_counter() - start < 1
    assert ctx.metadata["XMP-xmp"] == {"Label": "ok"}
    assert any("levels deep" in w.message for w in ctx.warnings)
