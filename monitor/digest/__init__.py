"""The morning digest: the day's hits by topic, spikes, failing feeds, recent releases' pickup.

gather.py     what goes in, read from the store
compose.py    the email: a text part and an HTML part (Jinja2, stylesheet inlined)
png_chart.py  the pickup chart as a PNG (mail clients show few SVGs)
job.py        `monitor digest`: gather, compose, then write a dry run or send (monitor/mail/, shared with alerts)
              and record
"""
