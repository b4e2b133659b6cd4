"""One module per area of the site: sign-in, the hit list and its actions, the other pages."""
