#!/usr/bin/env python3
"""Writes src/main/resources/programme/feed-units.csv from the results feed: every official unit
code (34 characters) with its stage name and the earliest time the feed gives for it. The
programme uses it to give a schedule row that names only a phase the official code of its unit."""
import csv, glob, os
root = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources')
units = {}
for path in sorted(glob.glob(os.path.join(root, 'results-feed', '*.csv'))):
    with open(path, newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            code = row['stage_code']
            if len(code) != 34:
                continue
            known = units.get(code)
            if known is None or row['date'] < known[1]:
                units[code] = (row['stage'], row['date'])
with open(os.path.join(root, 'programme', 'feed-units.csv'), 'w', newline='', encoding='utf-8') as out:
    writer = csv.writer(out, lineterminator='\n')
    writer.writerow(['unit_code', 'stage', 'first_time'])
    for code in sorted(units):
        writer.writerow([code, units[code][0], units[code][1]])
