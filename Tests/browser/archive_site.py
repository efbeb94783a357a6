"""The built site as the tests see it: its pages on disk, their types, and what each page holds.

Nothing here knows how many documents, pillars or actions exist: every check iterates over the
pages found on disk, so the suite grows stronger as the parsers produce more content.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Page types, named as Sources/KamerArchief/Rendering/PageType.swift names them.
PAGE_TYPES = ("index", "fiche", "kamerbrief", "motie", "memorie-van-toelichting", "pillar", "action", "dossier", "dossiers", "topic", "topics", "timeline", "timelineYear", "search", "notFound")

# Where each type lives, as Sources/KamerArchief/Site/Permalinks.swift places it. Documents are
# told apart by their kind in data/archive.json.
_PILLAR = re.compile(r"^documenten/[^/]+/pijler-\d+\.html$")
_ACTION = re.compile(r"^documenten/[^/]+/pijler-\d+-actie-\d+\.html$")
_DOCUMENT = re.compile(r"^documenten/[^/]+/index\.html$")
_DOSSIER = re.compile(r"^dossiers/[^/]+\.html$")
_TIMELINE_YEAR = re.compile(r"^tijdlijn/\d{4}\.html$")

# Attributes that point at another file, per element.
URL_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "form": ("action",),
    "script": ("src",), "img": ("src",), "iframe": ("src",), "source": ("src",),
    "audio": ("src",), "video": ("src", "poster"), "track": ("src",), "embed": ("src",),
    "object": ("data",),
}


def fold(text: str) -> str:
    """Case and diacritic folding exactly as Templates/assets/search.js does it."""
    decomposed = unicodedata.normalize("NFD", text)
    return re.sub("[\u0300-\u036f]", "", decomposed).lower()


def words(text: str) -> list[str]:
    """The words of `text` as search.js splits them: folded, split on anything but a-z and 0-9."""
    return [word for word in re.split(r"[^a-z0-9]+", fold(text)) if word]


@dataclass
class Link:
    tag: str
    attribute: str
    value: str
    line: int


@dataclass
class ParsedPage:
    """What one HTML file holds, read with the standard library's tolerant parser."""

    lang: str | None = None
    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    tag_counts: dict[str, int] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    h1_texts: list[str] = field(default_factory=list)
    noteref_targets: list[str] = field(default_factory=list)
    breadcrumb_hrefs: list[str] = field(default_factory=list)
    pager_hrefs: list[str] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._h1_depth = 0
        self._h1_text = ""
        self._open: list[tuple[str, dict[str, str]]] = []

    def _inside(self, predicate) -> bool:
        return any(predicate(tag, attributes) for tag, attributes in self._open)

    def handle_starttag(self, tag, attrs):
        attributes = {name: (value or "") for name, value in attrs}
        page = self.page
        page.tag_counts[tag] = page.tag_counts.get(tag, 0) + 1
        if tag == "html":
            page.lang = attributes.get("lang")
        if "id" in attributes:
            page.ids.add(attributes["id"])
        if tag == "a" and "name" in attributes:
            page.ids.add(attributes["name"])
        if "role" in attributes:
            page.roles.add(attributes["role"])
        for attribute in URL_ATTRIBUTES.get(tag, ()):
            if attribute in attributes:
                page.links.append(Link(tag, attribute, attributes[attribute], self.getpos()[0]))
        if tag == "a":
            href = attributes.get("href", "")
            if attributes.get("role") == "doc-noteref":
                page.noteref_targets.append(href)
            if self._inside(lambda t, a: t == "nav" and a.get("class") == "breadcrumbs"):
                page.breadcrumb_hrefs.append(href)
            if self._inside(lambda t, a: "pager" in a.get("class", "").split()):
                page.pager_hrefs.append(href)
        if tag == "h1":
            self._h1_depth += 1
        if tag not in _VOID:
            self._open.append((tag, attributes))

    def handle_endtag(self, tag):
        if tag == "h1" and self._h1_depth:
            self._h1_depth -= 1
            self.page.h1_texts.append(self._h1_text.strip())
            self._h1_text = ""
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        if self._h1_depth:
            self._h1_text += data


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class ArchiveSite:
    """A built site folder."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    @functools.cached_property
    def html_pages(self) -> list[str]:
        """Every HTML file, as a site path with `/` separators, sorted."""
        return sorted(path.relative_to(self.root).as_posix() for path in self.root.rglob("*.html"))

    @functools.cached_property
    def document_kinds(self) -> dict[str, str]:
        """Page path → document kind (`fiche`, `kamerbrief`, `motie` …), from data/archive.json."""
        archive = json.loads((self.root / "data" / "archive.json").read_text(encoding="utf-8"))
        return {document["page"]: document["kind"] for document in archive.get("documents", [])}

    def page_type(self, path: str) -> str:
        if path == "index.html":
            return "index"
        if path == "search.html":
            return "search"
        if path == "404.html":
            return "notFound"
        if path == "dossiers/index.html":
            return "dossiers"
        if path == "onderwerpen/index.html":
            return "topics"
        if path == "tijdlijn.html":
            return "timeline"
        if _TIMELINE_YEAR.match(path):
            return "timelineYear"
        if path.startswith("onderwerpen/") and path.endswith(".html"):
            return "topic"
        if _DOSSIER.match(path):
            return "dossier"
        if _PILLAR.match(path):
            return "pillar"
        if _ACTION.match(path):
            return "action"
        if _DOCUMENT.match(path):
            return self.document_kinds.get(path, "document")
        return "other"

    @functools.cached_property
    def pages_by_type(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for path in self.html_pages:
            grouped.setdefault(self.page_type(path), []).append(path)
        return grouped

    def sample_pages(self) -> dict[str, str]:
        """One page of each type present: the first in natural order (pijler-2 before pijler-10)."""
        return {kind: min(paths, key=natural_key) for kind, paths in self.pages_by_type.items()}

    def samples_per_folder(self, kind: str) -> list[str]:
        """The first page of type `kind` in each folder: pillars of a fiche and of a Kamerbrief
        come from different template branches, so each document's pages get a look."""
        first: dict[str, str] = {}
        for path in sorted(self.pages_by_type.get(kind, []), key=natural_key):
            first.setdefault(path.rsplit("/", 1)[0] if "/" in path else "", path)
        return sorted(first.values(), key=natural_key)

    def parse(self, path: str) -> ParsedPage:
        return _parse_cached(self.root / path)

    def unresolved(self, href: str) -> str | None:
        """Why an absolute file:// link the browser resolved does not land in the site (no such
        file, or no element with its fragment's id), or None when it does."""
        parts = urlsplit(href)
        target = Path(unquote(parts.path))
        if not target.is_file():
            return "is no file"
        fragment = unquote(parts.fragment)
        if fragment and fragment not in self.parse(target.relative_to(self.root).as_posix()).ids:
            return f"has no element #{fragment}"
        return None

    def url(self, path: str, query: str = "", fragment: str = "") -> str:
        """The file:// URL of a site path."""
        url = (self.root / path).as_uri()
        if query:
            url += "?" + query
        if fragment:
            url += "#" + fragment
        return url

    @functools.cached_property
    def search_index(self) -> list[dict[str, str]]:
        """The entries of every document (and the topics), from assets/zoekindex/documenten/<key>-<chunk>.js,
        in key and chunk order. Each entry gets its place in the index as "key" and "entry"."""
        chunks = []
        for file in (self.root / "assets" / "zoekindex" / "documenten").glob("*.js"):
            key, chunk = file.stem.rsplit("-", 1)
            chunks.append((key, int(chunk), file))
        entries: list[dict[str, str]] = []
        for key, chunk, file in sorted(chunks):
            for position, entry in enumerate(self._entries_in(file)):
                entries.append(dict(entry, key=key, entry=chunk * 64 + position))  # 64 entries a file
        return entries

    @functools.cached_property
    def term_shards(self) -> dict[str, dict]:
        """Every term shard listed by assets/search-index.js: name → {term: {key: [entry numbers]}},
        read from each term's postings string (`key:3;key:1|key:8,10;key:4`: headings, then body)."""
        shards = {}
        for name in self._json_in(self.root / "assets" / "search-index.js"):
            text = (self.root / "assets" / "zoekindex" / "termen" / f"{name}.js").read_text(encoding="utf-8")
            terms = json.loads(text[text.index("] = {") + 4 : text.rindex("}") + 1])
            shards[name] = {}
            for term, postings in terms.items():
                merged: dict[str, list[int]] = {}
                for part in postings.replace("|", ";").split(";"):
                    if part:
                        key, numbers = part.split(":")
                        merged.setdefault(key, []).extend(int(n) for n in numbers.split(","))
                shards[name][term] = {key: sorted(numbers) for key, numbers in merged.items()}
        return shards

    @staticmethod
    def _entries_in(file: Path) -> list[dict[str, str]]:
        """A search entry file's entries, read as search.js reads them: the chunk keeps each title
        and breadcrumb once (s), the folder its addresses share (p), and per entry
        [title, where, address after p, text when it is not the title]."""
        text = file.read_text(encoding="utf-8")
        chunk = json.loads(text[text.index(" = {") + 3 : text.rindex("}") + 1])
        strings = chunk["s"]
        return [
            {"t": strings[row[0]], "w": strings[row[1]], "u": chunk["p"] + row[2], "x": row[3] if len(row) > 3 else strings[row[0]]}
            for row in chunk["e"]
        ]

    @staticmethod
    def _json_in(file: Path) -> list:
        """The JSON array a search script assigns (after the first ` = [`, which comes before any data)."""
        text = file.read_text(encoding="utf-8")
        start, end = text.index(" = [") + 3, text.rindex("]")
        return json.loads(text[start : end + 1])


@functools.lru_cache(maxsize=None)
def _parse_cached(file: Path) -> ParsedPage:
    parser = _PageParser()
    parser.feed(file.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def natural_key(path: str) -> list:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path)]
