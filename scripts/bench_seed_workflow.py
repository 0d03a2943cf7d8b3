#!/usr/bin/env python3
"""The seed script's job, in the seed's style, for the benchmark `seed_workflow_ratio`.

For each of N people, one call after another with plain `requests` (no session, no
threads, no bulk endpoints): create, read back, terminate, delete. This is what admins'
one-off scripts do, and what `docspace-people-bench seed-workflow` does its own way.

usage: bench_seed_workflow.py URL API_KEY COUNT PREFIX

Prints the job's time in seconds (from the first request to the last answer; the
interpreter's start-up and `import requests` are not counted) and the number of requests.
"""
import sys
import time

import requests


def main():
    url, key, count, prefix = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    api = url.rstrip("/") + "/api/2.0"
    headers = {"Authorization": "Bearer " + key, "Accept": "application/json"}
    requests_sent = 0

    started = time.perf_counter()
    for i in range(count):
        email = f"{prefix}-{i}@example.org"

        # create
        r = requests.post(f"{api}/people", headers=headers,
                          json={"firstName": "Bench", "lastName": "Person", "email": email, "type": "User"})
        r.raise_for_status()
        user_id = r.json()["response"]["id"]

        # get
        r = requests.get(f"{api}/people/{user_id}", headers=headers)
        r.raise_for_status()
        assert r.json()["response"]["email"] == email

        # terminate
        r = requests.put(f"{api}/people/status/Terminated", headers=headers, json={"userIds": [user_id]})
        r.raise_for_status()
        assert r.json()["response"][0]["status"] == 2

        # delete
        r = requests.delete(f"{api}/people/{user_id}", headers=headers)
        r.raise_for_status()
        requests_sent += 4
    elapsed = time.perf_counter() - started
    print(f"{elapsed:.6f} {requests_sent}")


if __name__ == "__main__":
    main()
