"""Validates every /api/v1 endpoint of a live server against the official HSDS 3.0 schemas.

The schemas are read in place from ../shared/hsds-3.0 (never copied into this repository) and
put in a `referencing` Registry under their official addresses, so `$ref`s between files
(schema/service.json -> organization.json ...) and from our OpenAPI document to
https://raw.githubusercontent.com/openreferral/specification/3.0/schema/... resolve offline.
Usage: BASE=http://127.0.0.1:PORT python3 scripts/check_hsds.py
"""
import csv
import io
import json
import os
import pathlib
import sys
import urllib.error
import urllib.request
import zipfile

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HSDS = pathlib.Path(__file__).resolve().parent.parent / ".." / "shared" / "hsds-3.0"
PREFIX = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
OPENAPI_URI = "urn:vetrina:openapi"
BASE = os.environ["BASE"].rstrip("/")
failures = []
checked = 0


def schema_file(relative):
    return json.loads((HSDS / "schema" / relative).read_text(encoding="utf-8"))


def build_registry(openapi):
    resources = []
    for path in sorted((HSDS / "schema").rglob("*.json")):
        relative = path.relative_to(HSDS / "schema").as_posix()
        if relative == "openapi.json":
            continue
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((PREFIX + relative, Resource.from_contents(contents, default_specification=DRAFT202012)))
    resources.append((OPENAPI_URI, Resource.from_contents(openapi, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


def fetch(path, headers=None):
    request = urllib.request.Request(BASE + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def fail(message):
    failures.append(message)
    print("  FAIL " + message)


def warn(message):
    print("  WARN " + message)


def validate(instance, schema, registry, what):
    global checked
    checked += 1
    validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    for error in errors[:5]:
        fail(f"{what}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")


def unknown_keys(instance, schema, where):
    """Keys the (self-contained, compiled) HSDS schema does not define: typos would pass otherwise."""
    problems = []
    if isinstance(instance, dict) and "properties" in schema:
        for key, value in instance.items():
            if key not in schema["properties"]:
                problems.append(f"{where}.{key}")
            else:
                problems += unknown_keys(value, schema["properties"][key], f"{where}.{key}")
    elif isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            problems += unknown_keys(item, schema["items"], f"{where}[{index}]")
    return problems


def response_schema(path, status="200"):
    pointer = path.replace("~", "~0").replace("/", "~1")
    return {"$ref": f"{OPENAPI_URI}#/paths/{pointer}/get/responses/{status}/content/application~1json/schema"}


def get_json(path, registry, spec_path, item_schemas=(), single_schemas=()):
    """GET path, check the API headers, validate against our OpenAPI response schema and HSDS."""
    status, headers, body = fetch(path)
    print(f"  {path} -> {status}, {len(body)} bytes")
    if status != 200:
        fail(f"{path}: status {status}: {body[:200]!r}")
        return None
    if not headers.get("Content-Type", "").startswith("application/json"):
        fail(f"{path}: Content-Type {headers.get('Content-Type')}")
    if headers.get("Access-Control-Allow-Origin") != "*":
        fail(f"{path}: no Access-Control-Allow-Origin: *")
    if not headers.get("ETag"):
        fail(f"{path}: no ETag")
    document = json.loads(body)
    validate(document, response_schema(spec_path), registry, f"{path} (OpenAPI response)")
    for relative in single_schemas:
        validate(document, {"$ref": PREFIX + relative}, registry, f"{path} ({relative})")
        if relative.startswith("compiled/"):
            for key in unknown_keys(document, schema_file(relative), "$"):
                fail(f"{path}: {key} is not in {relative}")
    for relative in item_schemas:
        for index, item in enumerate(document.get("contents", [])):
            if relative.startswith("#"):
                validate(item, {"$ref": OPENAPI_URI + relative}, registry, f"{path} item {index}")
                continue
            validate(item, {"$ref": PREFIX + relative}, registry, f"{path} item {index} ({relative})")
            if relative.startswith("compiled/"):
                for key in unknown_keys(item, schema_file(relative), f"contents[{index}]"):
                    fail(f"{path}: {key} is not in {relative}")
    return document


def check_ndjson(path, registry, relative, expected_count):
    status, headers, body = fetch(path)
    lines = body.decode("utf-8").splitlines()
    print(f"  {path} -> {status}, {len(lines)} lines")
    if status != 200 or not headers.get("Content-Type", "").startswith("application/x-ndjson"):
        fail(f"{path}: status {status}, Content-Type {headers.get('Content-Type')}")
        return
    if len(lines) != expected_count:
        fail(f"{path}: {len(lines)} lines, the JSON list says {expected_count}")
    for index, line in enumerate(lines):
        validate(json.loads(line), {"$ref": PREFIX + relative}, registry, f"{path} line {index}")


def check_tabular_package(expected_services):
    """/dati/catalogo-hsds.zip against the official tabular package (../shared/hsds-3.0/datapackage.json):
    a sound zip, every resource's file with its columns in order, required and unique constraints
    honoured, and one services.csv row per published card."""
    global checked
    status, headers, body = fetch("/dati/catalogo-hsds.zip")
    if status != 200 or headers.get("Content-Type") != "application/zip":
        fail(f"/dati/catalogo-hsds.zip gave {status} {headers.get('Content-Type')}")
        return
    archive = zipfile.ZipFile(io.BytesIO(body))
    if archive.testzip() is not None:
        fail("/dati/catalogo-hsds.zip has a corrupt entry")
        return
    official = json.loads((HSDS / "datapackage.json").read_text(encoding="utf-8"))
    names = set(archive.namelist())
    tables = {}
    if "datapackage.json" not in names:
        fail("/dati/catalogo-hsds.zip has no datapackage.json")
    for resource in official["resources"]:
        checked += 1
        path = resource["path"]
        if path not in names:
            fail(f"catalogo-hsds.zip lacks {path}")
            continue
        text = archive.read(path).decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        fields = resource["schema"]["fields"]
        columns = [field["name"] for field in fields]
        if text.startswith("\ufeff") or not rows or rows[0] != columns:
            fail(f"{path}: header {rows[0] if rows else None} is not {columns}")
            continue
        for index, field in enumerate(fields):
            constraints = field.get("constraints", {})
            values = [row[index] for row in rows[1:]]
            # Ids and foreign keys must hold; other gaps of the catalog's data (a place known only by
            # its comune has an empty address_1; term codes repeat across taxonomies) are reported.
            report = fail if field["name"] == "id" or field["name"].endswith("_id") else warn
            if constraints.get("required") and not all(values):
                report(f"{path}: required column {field['name']} has {values.count('')} empty cells")
            if constraints.get("unique") and len(set(values)) != len(values):
                report(f"{path}: column {field['name']} repeats {len(values) - len(set(values))} values")
        tables[resource["name"]] = (columns, rows[1:], resource["schema"].get("foreignKeys", []))
        if path == "services.csv" and len(rows) - 1 != expected_services:
            fail(f"services.csv has {len(rows) - 1} rows, the API lists {expected_services} services")
    for name, (columns, rows, foreign_keys) in tables.items():
        for key in foreign_keys:
            target = tables.get(key["reference"]["resource"])
            if target is None:
                continue
            ids = {row[target[0].index(key["reference"]["fields"])] for row in target[1]}
            values = {row[columns.index(key["fields"])] for row in rows} - {""}
            checked += 1
            if values - ids:
                fail(f"{name}.{key['fields']}: {len(values - ids)} values missing from {key['reference']['resource']}")
    print(f"  catalogo-hsds.zip: {len(names)} entries, {len(body)} bytes")


def check_openapi(openapi):
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

    def local(uri):
        if not uri.startswith(PREFIX):
            raise ValueError("unexpected remote reference " + uri)
        return schema_file(uri[len(PREFIX):])

    try:
        OpenAPIV31SpecValidator(SchemaPath.from_dict(openapi, handlers={"https": local, "http": local})).validate()
        print("  /api/v1/openapi.json is a valid OpenAPI 3.1 document")
    except Exception as error:  # the validator raises several exception types
        fail(f"openapi.json: {error}")


def check_errors():
    bad = ["/api/v1/services?page=0", "/api/v1/services?page=abc", "/api/v1/services?per_page=-1",
           "/api/v1/services?modified_after=ieri", "/api/v1/services?organization_id=not-a-uuid",
           "/api/v1/services?taxonomy_term_id=123", "/api/v1/services?postcode=Atlantide",
           "/api/v1/services?minimal=forse", "/api/v1/services?format=xml", "/api/v1/services?colour=blue",
           "/api/v1/services?page=1&page=2", "/api/v1/services?search=%ZZ", "/api/v1/services/not-a-uuid",
           "/api/v1/organizations?full=2", "/api/v1/taxonomy_terms?taxonomy_id=x"]
    for path in bad:
        status, headers, body = fetch(path)
        ok = status == 400 and headers.get("Content-Type", "").startswith("application/json")
        try:
            ok = ok and isinstance(json.loads(body).get("error"), str)
        except ValueError:
            ok = False
        print(f"  {path} -> {status}")
        if not ok:
            fail(f"{path}: expected a JSON 400, got {status} {body[:120]!r}")
    for path in ["/api/v1/services/00000000-0000-4000-8000-000000000000", "/api/v1/nothing-here"]:
        status, headers, body = fetch(path)
        print(f"  {path} -> {status}")
        if status != 404 or not headers.get("Content-Type", "").startswith("application/json"):
            fail(f"{path}: expected a JSON 404, got {status}")


def main():
    status, _, body = fetch("/api/v1/openapi.json")
    if status != 200:
        print(f"/api/v1/openapi.json gave {status}", file=sys.stderr)
        return 1
    openapi = json.loads(body)
    registry = build_registry(openapi)
    check_openapi(openapi)

    info = get_json("/api/v1/", registry, "/")
    services = get_json("/api/v1/services?per_page=100", registry, "/services", ["compiled/service_list.json"])
    total = services["total_items"]
    get_json("/api/v1/services?full=true&per_page=100", registry, "/services",
             ["compiled/service.json", "service.json"])
    get_json("/api/v1/services?minimal=true&per_page=100", registry, "/services", ["#/components/schemas/MinimalService"])
    first = services["contents"][0]
    get_json(f"/api/v1/services/{first['id']}", registry, "/services/{id}", single_schemas=["compiled/service.json", "service.json"])
    get_json("/api/v1/services?postcode=Pinerolo", registry, "/services", ["compiled/service_list.json"])
    get_json("/api/v1/services?postcode=10064&search=assistenza", registry, "/services", ["compiled/service_list.json"])
    get_json("/api/v1/services?modified_after=2000-01-01T00:00:00Z&page=2&per_page=5", registry, "/services",
             ["compiled/service_list.json"])
    get_json(f"/api/v1/services?organization_id={first['organization_id']}", registry, "/services",
             ["compiled/service_list.json"])
    terms = get_json("/api/v1/taxonomy_terms?per_page=100", registry, "/taxonomy_terms", ["taxonomy_term.json"])
    get_json(f"/api/v1/taxonomy_terms/{terms['contents'][0]['id']}", registry, "/taxonomy_terms/{id}",
             single_schemas=["taxonomy_term.json"])
    get_json(f"/api/v1/services?taxonomy_term_id={terms['contents'][0]['id']}", registry, "/services",
             ["compiled/service_list.json"])
    taxonomies = get_json("/api/v1/taxonomies", registry, "/taxonomies", ["taxonomy.json"])
    get_json(f"/api/v1/taxonomies/{taxonomies['contents'][0]['id']}", registry, "/taxonomies/{id}",
             single_schemas=["taxonomy.json"])
    get_json(f"/api/v1/taxonomy_terms?taxonomy_id={taxonomies['contents'][0]['id']}", registry, "/taxonomy_terms",
             ["taxonomy_term.json"])
    places = get_json("/api/v1/service_at_locations?per_page=100", registry, "/service_at_locations",
                      ["compiled/service_at_location_list.json"])
    get_json("/api/v1/service_at_locations?full=true&postcode=Cuneo", registry, "/service_at_locations",
             ["compiled/service_at_location.json"])
    get_json(f"/api/v1/service_at_locations/{places['contents'][0]['id']}", registry, "/service_at_locations/{id}",
             single_schemas=["compiled/service_at_location.json"])
    organizations = get_json("/api/v1/organizations?per_page=100", registry, "/organizations",
                             ["compiled/organization_list.json"])
    get_json("/api/v1/organizations?full=true&per_page=5", registry, "/organizations", ["compiled/organization.json"])
    get_json(f"/api/v1/organizations/{organizations['contents'][0]['id']}?full_service=true", registry,
             "/organizations/{id}", single_schemas=["compiled/organization.json", "organization.json"])

    # Pagination: every page together lists each service once, and as many as total_items.
    seen = []
    for page in range(1, (total + 6) // 7 + 2):
        document = json.loads(fetch(f"/api/v1/services?per_page=7&page={page}")[2])
        seen += [item["id"] for item in document["contents"]]
    if len(seen) != total or len(set(seen)) != total:
        fail(f"pages of 7 list {len(seen)} services ({len(set(seen))} distinct), total_items is {total}")

    check_ndjson("/api/v1/services?format=ndjson&full=true", registry, "compiled/service.json", total)
    check_ndjson("/api/v1/service_at_locations?format=ndjson", registry, "compiled/service_at_location_list.json",
                 places["total_items"])
    check_ndjson("/api/v1/organizations?format=ndjson", registry, "compiled/organization_list.json",
                 organizations["total_items"])
    check_ndjson("/api/v1/taxonomy_terms?format=ndjson", registry, "taxonomy_term.json", terms["total_items"])

    status, headers, _ = fetch("/api/v1/services?per_page=3")
    again, _, body = fetch("/api/v1/services?per_page=3", {"If-None-Match": headers.get("ETag", "")})
    print(f"  If-None-Match -> {again}")
    if again != 304 or body:
        fail(f"If-None-Match with the current ETag gave {again}")

    check_tabular_package(total)
    check_errors()
    if info and not info.get("openapi_url", "").endswith("/api/v1/openapi.json"):
        fail("/api/v1/ does not point to the OpenAPI document")
    print(f"check-hsds: {checked} validations, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
