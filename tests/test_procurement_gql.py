"""The small GraphQL reader used by the goszakup mock."""

from __future__ import annotations

import pytest

from simweb.goszakup.gql import GraphQLSyntaxError, Variable, camel_to_snake, parse, resolve_variables


def test_parses_the_documented_sample_query() -> None:
    fields = parse("""
      query($filter: TrdBuyFiltersInput, $after: Int) {   # comment
        TrdBuy(filter: $filter, limit: 200, after: $after) {
          id numberAnno, RefBuyStatus { id nameRu code }
          Lots { id lotNumber RefLotsStatus { id } Plans { refEnstruCode PlansKato { fullDeliveryPlaceNameRu } } }
        }
      }""")
    assert [f.name for f in fields] == ["TrdBuy"]
    root = fields[0]
    assert root.args == {"filter": Variable("filter"), "limit": 200, "after": Variable("after")}
    assert [s.name for s in root.selections] == ["id", "numberAnno", "RefBuyStatus", "Lots"]
    lots = root.selections[3]
    assert lots.selections[3].selections[1].selections[0].name == "fullDeliveryPlaceNameRu"


def test_values_aliases_and_variables() -> None:
    field = parse('{ n: Contract(filter: {finYear: 2021, bins: ["1", "2"], ok: true, x: null, f: -1.5e2, '
                  'e: DESC, s: "a\\"b\\u0416"}) { numberAnno: number_anno } }')[0]
    assert field.key == "n" and field.name == "Contract"
    assert field.args["filter"] == {"finYear": 2021, "bins": ["1", "2"], "ok": True, "x": None, "f": -150.0,
                                    "e": "DESC", "s": 'a"bЖ'}
    assert field.selections[0].key == "numberAnno"
    resolved = resolve_variables({"filter": Variable("f"), "list": [Variable("missing")]}, {"f": {"bin": "1"}})
    assert resolved == {"filter": {"bin": "1"}, "list": [None]}


@pytest.mark.parametrize("query", ["{ a { b } ", "{ }", "{ ...frag }", "mutation { a }", "{ a } { b }",
                                   "{ a @skip(if: true) }", "{ a(x: $v) { b } ", "{ a ~ }", "{ " + "a { " * 12 + "b" + " }" * 12 + " }",
                                   "query($v: Int = $w) { a }"])
def test_rejects_what_it_does_not_support(query: str) -> None:
    with pytest.raises(GraphQLSyntaxError):
        parse(query)


def test_query_size_cap() -> None:
    with pytest.raises(GraphQLSyntaxError):
        parse("{ " + "a " * 20000 + "}")


def test_camel_to_snake() -> None:
    assert camel_to_snake("refTradeMethodsId") == "ref_trade_methods_id"
    assert camel_to_snake("numberAnno") == "number_anno"
    assert camel_to_snake("id") == "id"
    assert camel_to_snake("faktSumWnds") == "fakt_sum_wnds"
