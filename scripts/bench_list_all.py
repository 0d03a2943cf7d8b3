#!/usr/bin/env python3
"""Every person on the portal, the way admins' scripts page through it, for the benchmark
`list_all_ratio`: a sequential pager over `GET /api/2.0/people/filter` (count 100) with
plain `requests`, one page after another, printing the people as one JSON array — the same
output as `docspace-people list --all --json`.

With --fetch-only it pages and parses the same way but prints nothing: the pager's own cost,
without Python's slow pretty printing.

usage: bench_list_all.py [--fetch-only] URL API_KEY > people.json
"""
import json
import sys

import requests


def main():
    args = sys.argv[1:]
    fetch_only = args[:1] == ["--fetch-only"]
    if fetch_only:
        args = args[1:]
    url, key = args[0], args[1]
    api = url.rstrip("/") + "/api/2.0"
    headers = {"Authorization": "Bearer " + key, "Accept": "application/json"}
    people = []
    start = 0
    while True:
        r = requests.get(f"{api}/people/filter", headers=headers, params={"count": 100, "startIndex": start})
        r.raise_for_status()
        body = r.json()
        page = body["response"]
        people.extend(page)
        start += 100
        if not page or start >= body["total"]:
            break
    if fetch_only:
        assert len(people) == body["total"], (len(people), body["total"])
        return
    json.dump(people, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
