"""The morning digest: the day's hits by topic, spikes, failing feeds, recent releases' pickup.

    compose.py    the email: a text part and an HTML part (Jinja2, stylesheet inlined)
    png_chart.py  the pickup chart as a PNG (mail clients show few SVGs)
    send.py       SMTP, the only code that speaks it
    job.py        `monitor digest`: what goes in, read from the store, composed, then written or sent and recorded
"""
