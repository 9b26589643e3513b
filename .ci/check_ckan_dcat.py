"""Reads a built catalog.jsonld with CKAN's own DCAT harvester code (ckanext-dcat's
RDFParser, the DCAT-AP profile) and checks that every dataset comes out with a title, its
resources, and a licence CKAN recognises (`license_id` from CKAN's default licence list).

Usage: check_ckan_dcat.py CATALOG EXPECTED_LICENSE_ID

No CKAN site or database is needed: the parser only needs the `ckan` package importable.
"""

import sys

from ckanext.dcat.processors import RDFParser

catalog, expected = sys.argv[1], sys.argv[2]
parser = RDFParser()
with open(catalog, encoding="utf-8") as f:
    parser.parse(f.read(), _format="json-ld")
datasets = list(parser.datasets())
failed = 0
for d in datasets:
    ok = d.get("title") and d.get("resources") and d.get("license_id") == expected
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'}  {d.get('title')}: license_id {d.get('license_id')!r}, {len(d.get('resources', []))} resources")
if len(datasets) < 6:
    failed += 1
    print(f"FAIL  only {len(datasets)} datasets")
sys.exit(1 if failed else 0)
