"""A small GraphQL reader for the goszakup mock: the subset the portal's clients use.

Supported: one `query` operation (named or anonymous) with variable definitions, fields with aliases,
arguments (variables, int, float, string, boolean, null, enum, list, object) and nested selection
sets. Not supported (answered with a GraphQL error, as a server would): fragments, directives,
mutations, several operations. Execution lives in the mock; this module only parses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_TOKEN_RE = re.compile(r"""
    (?P<skip>[\s,\ufeff]+|\#[^\n]*)
  | (?P<spread>\.\.\.)
  | (?P<punct>[{}()\[\]:!$=@|&])
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<name>[_A-Za-z][_0-9A-Za-z]*)
""", re.VERBOSE)

MAX_QUERY_CHARS = 20_000
MAX_DEPTH = 8


class GraphQLSyntaxError(ValueError):
    """The query cannot be read; the mock answers it as a GraphQL `errors` entry."""


@dataclass(frozen=True, slots=True)
class Variable:
    name: str


@dataclass(slots=True)
class Field:
    name: str
    alias: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    selections: list[Field] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.alias or self.name


def tokenize(text: str) -> list[tuple[str, str]]:
    """(kind, text) tokens; raises GraphQLSyntaxError on a character outside the grammar."""
    if len(text) > MAX_QUERY_CHARS:
        raise GraphQLSyntaxError("query too long")
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if not match:
            raise GraphQLSyntaxError(f"Syntax Error: Unexpected character {text[pos]!r} at {pos}")
        kind = match.lastgroup or ""
        if kind != "skip":
            tokens.append((kind, match.group()))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("eof", "")

    def take(self, kind: str | None = None, text: str | None = None) -> str:
        tok_kind, tok_text = self.peek()
        if (kind and tok_kind != kind) or (text and tok_text != text) or tok_kind == "eof":
            want = text or kind or "token"
            raise GraphQLSyntaxError(f"Syntax Error: Expected {want}, found {tok_text or '<EOF>'}")
        self.pos += 1
        return tok_text

    def accept(self, text: str) -> bool:
        if self.peek()[1] == text and self.peek()[0] in ("punct", "spread"):
            self.pos += 1
            return True
        return False

    def document(self) -> list[Field]:
        kind, text = self.peek()
        if kind == "name":
            if text != "query":
                raise GraphQLSyntaxError(f"operation {text!r} is not supported")
            self.pos += 1
            if self.peek()[0] == "name":
                self.pos += 1
            if self.accept("("):
                self.variable_definitions()
            if self.peek()[1] == "@":
                raise GraphQLSyntaxError("directives are not supported")
        selections = self.selection_set(0)
        if self.peek()[0] != "eof":
            raise GraphQLSyntaxError("only one operation per document is supported")
        return selections

    def variable_definitions(self) -> None:
        while not self.accept(")"):
            self.take("punct", "$")
            self.take("name")
            self.take("punct", ":")
            self.type_ref()
            if self.accept("="):
                self.value(const=True)

    def type_ref(self) -> None:
        if self.accept("["):
            self.type_ref()
            self.take("punct", "]")
        else:
            self.take("name")
        self.accept("!")

    def selection_set(self, depth: int) -> list[Field]:
        if depth > MAX_DEPTH:
            raise GraphQLSyntaxError("query nested too deeply")
        self.take("punct", "{")
        fields: list[Field] = []
        while not self.accept("}"):
            if self.peek()[0] == "spread":
                raise GraphQLSyntaxError("fragments are not supported")
            name = self.take("name")
            alias = None
            if self.accept(":"):
                alias, name = name, self.take("name")
            args: dict[str, Any] = {}
            if self.accept("("):
                while not self.accept(")"):
                    arg = self.take("name")
                    self.take("punct", ":")
                    args[arg] = self.value(const=False)
            if self.peek()[1] == "@":
                raise GraphQLSyntaxError("directives are not supported")
            subs = self.selection_set(depth + 1) if self.peek()[1] == "{" else []
            fields.append(Field(name, alias, args, subs))
        if not fields:
            raise GraphQLSyntaxError("Syntax Error: empty selection set")
        return fields

    def value(self, *, const: bool) -> Any:
        kind, text = self.peek()
        if kind == "punct" and text == "$":
            if const:
                raise GraphQLSyntaxError("variables are not allowed here")
            self.pos += 1
            return Variable(self.take("name"))
        if kind == "number":
            self.pos += 1
            return float(text) if any(c in text for c in ".eE") else int(text)
        if kind == "string":
            self.pos += 1
            return _unescape(text[1:-1])
        if kind == "name":
            self.pos += 1
            return {"true": True, "false": False, "null": None}.get(text, text)
        if self.accept("["):
            items = []
            while not self.accept("]"):
                items.append(self.value(const=const))
            return items
        if self.accept("{"):
            obj: dict[str, Any] = {}
            while not self.accept("}"):
                key = self.take("name")
                self.take("punct", ":")
                obj[key] = self.value(const=const)
            return obj
        raise GraphQLSyntaxError(f"Syntax Error: Unexpected {text or '<EOF>'}")


def _unescape(body: str) -> str:
    simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def repl(match: re.Match[str]) -> str:
        esc = match.group(1)
        if esc.startswith("u"):
            return chr(int(esc[1:], 16))
        return simple.get(esc, esc)

    return re.sub(r"\\(u[0-9A-Fa-f]{4}|.)", repl, body)


def parse(query: str) -> list[Field]:
    """The top-level fields of a query document."""
    return _Parser(query).document()


def resolve_variables(value: Any, variables: dict[str, Any]) -> Any:
    """Replace Variable markers (at any depth) by their values; a missing variable is null."""
    if isinstance(value, Variable):
        return variables.get(value.name)
    if isinstance(value, list):
        return [resolve_variables(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: resolve_variables(v, variables) for k, v in value.items()}
    return value


def camel_to_snake(name: str) -> str:
    """numberAnno -> number_anno, refTradeMethodsId -> ref_trade_methods_id."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def snake_to_camel(name: str) -> str:
    """number_anno -> numberAnno (REST field names to GraphQL ones)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
