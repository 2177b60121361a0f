"""Reads an iCalendar file with the icalendar package (an independent RFC 5545 parser, Debian's
python3-icalendar) and prints its calendar name and events as JSON, for tst_cli_calendar."""
import datetime
import json
import sys

import icalendar

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    if isinstance(start, datetime.datetime):
        start = start.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    else:
        start = start.isoformat()
    events.append({
        'uid': str(event['UID']),
        'summary': str(event['SUMMARY']),
        'description': str(event.get('DESCRIPTION', '')),
        'categories': [str(c) for c in event['CATEGORIES'].cats],
        'start': start,
        'stamp': event.decoded('DTSTAMP').astimezone(datetime.timezone.utc).isoformat(),
    })
print(json.dumps({'name': str(calendar.get('X-WR-CALNAME', '')), 'events': events}))
