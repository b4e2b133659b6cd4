// Keyboard triage for the hit list and article pages. Every shortcut has a button that does the same
// without JavaScript; this script only saves the round trip (forms are posted with fetch, the page is
// updated in place) and adds the keys. Miniflux's bindings: j/k move, r/n/s/e/x act, / searches, ? helps.
"use strict";

(() => {
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content;
  const stories = () => Array.from(document.querySelectorAll(".story"));
  let current = -1;

  function flash(message, bad = false) {
    const box = document.getElementById("flash");
    if (!box) return;
    box.textContent = message;
    box.className = "show" + (bad ? " bad" : "");
    clearTimeout(flash.timer);
    flash.timer = setTimeout(() => { box.className = ""; }, bad ? 6000 : 1800);
  }

  function select(index) {
    const all = stories();
    if (!all.length) return;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((story, i) => story.classList.toggle("current", i === current));
    all[current].focus({ preventScroll: true });
    all[current].scrollIntoView({ block: "nearest", behavior: "smooth" });
    remember();
  }

  // The current story survives opening an article and coming Back (pages are not cached, so the list is
  // loaded again): it is remembered per list address for this tab, and picked up again on load.
  const placeKey = () => `monitor:current:${location.pathname}${location.search}`;
  function remember() {
    const story = current >= 0 ? stories()[current] : null;
    try {
      if (story) sessionStorage.setItem(placeKey(), story.id);
    } catch (error) { /* storage off: Back starts from the top, as before */ }
  }
  function restore() {
    let id = null;
    try { id = sessionStorage.getItem(placeKey()); } catch (error) { return; }
    const index = id ? stories().findIndex((story) => story.id === id) : -1;
    if (index < 0) return;
    current = index;
    stories().forEach((story, i) => story.classList.toggle("current", i === index));
    stories()[index].focus({ preventScroll: true });
  }

  const currentStory = () => (current >= 0 ? stories()[current] : stories().length === 1 ? stories()[0] : null);

  const VERDICTS = { relevant: "Relevant", irrelevant: "Not relevant", new: "Not reviewed" };

  // Show a decision on a story: its verdict, star, note and who made it.
  function showReview(story, status, starred, reviewer, note) {
    story.dataset.status = status;
    story.dataset.starred = String(starred);
    story.classList.remove("status-new", "status-relevant", "status-irrelevant");
    story.classList.add("status-" + status);
    story.classList.toggle("starred", starred);
    const verdict = story.querySelector(".verdict");
    const decided = status !== "new" || starred || Boolean(note ?? story.querySelector(".note-text")?.textContent);
    if (verdict) verdict.textContent = VERDICTS[status] + (starred ? " · ★ starred" : "") + (reviewer && decided ? ` · ${reviewer}, just now` : "");
    if (note !== undefined) {
      let text = story.querySelector(".note-text");
      if (note && !text) {
        text = document.createElement("span");
        text.className = "note-text";
        verdict?.after(" ", text);
      }
      if (text) text.textContent = note ? `Note: ${note}` : "";
      const area = story.querySelector("details.note textarea");
      if (area && document.activeElement !== area) area.value = note || "";
    }
    for (const button of story.querySelectorAll(".actions button[data-key]")) refreshButton(button, status, starred);
  }

  const storiesOf = (ids) => stories().filter((story) => story.dataset.ids.split(" ").some((id) => ids.includes(id)));

  // A saved decision covers every story holding one of its articles (a bulk action covers several).
  function applyDecision(ids, action, reviewer, note) {
    for (const story of storiesOf(ids.map(String))) {
      const status = action in VERDICTS ? action : story.dataset.status;
      const starred = action === "star" ? true : action === "unstar" ? false : story.dataset.starred === "true";
      showReview(story, status, starred, reviewer, action === "note" ? note : undefined);
      if (action === "note") story.querySelector("details.note")?.removeAttribute("open");
    }
  }

  // Colleagues' decisions appear without a reload: every 30 s, ask for what changed on this page's stories.
  let since = document.getElementById("main")?.dataset.now;
  async function poll() {
    const ids = stories().flatMap((story) => story.dataset.ids.split(" "));
    if (!ids.length || !since || document.hidden) return;
    try {
      const response = await fetch(`/reviews?since=${encodeURIComponent(since)}&ids=${ids.join("+")}`,
        { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const body = await response.json();
      since = body.now;
      for (const [id, review] of Object.entries(body.reviews)) {
        for (const story of storiesOf([id])) showReview(story, review.status, review.starred, review.reviewer, review.note || "");
      }
    } catch (error) { /* offline for a moment: the next poll catches up */ }
  }
  if (csrf) setInterval(poll, 30000);

  function refreshButton(button, status, starred) {
    const key = button.dataset.key;
    let on = false;
    if (key === "r") { on = status === "relevant"; button.value = on ? "new" : "relevant"; }
    if (key === "n") { on = status === "irrelevant"; button.value = on ? "new" : "irrelevant"; }
    if (key === "s") {
      on = starred; button.value = on ? "unstar" : "star";
      button.firstChild.textContent = on ? "★ Starred " : "☆ Star ";
    }
    button.classList.toggle("on", on);
    button.setAttribute("aria-pressed", String(on));
  }

  async function post(form, submitter, extra = {}) {
    const data = new FormData(form, submitter);
    for (const [name, value] of Object.entries(extra)) data.set(name, value);
    const response = await fetch(form.getAttribute("action"), {
      method: "POST", body: new URLSearchParams(data),
      headers: { Accept: "application/json", "X-CSRF-Token": csrf || "" },
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || `the server answered ${response.status}`);
    return body;
  }

  // Show stored reviews ({id: {status, starred, note, reviewer}}) on every story holding one of those articles.
  function showStored(reviews) {
    for (const [id, review] of Object.entries(reviews || {})) {
      for (const story of storiesOf([id])) showReview(story, review.status, review.starred, review.reviewer, review.note || "");
    }
  }

  // A bulk verdict that would overwrite colleagues' verdicts is asked about first, in the page's own dialog.
  function confirmOverwrite(question) {
    const box = document.getElementById("confirm-bulk");
    if (!box) return Promise.resolve(false);
    box.querySelector("[data-confirm-text]").textContent = question;
    box.returnValue = "";
    box.showModal();
    return new Promise((resolve) => box.addEventListener("close", () => resolve(box.returnValue === "overwrite"), { once: true }));
  }

  // Every decision can be undone (u, or the button): the server puts back what it overwrote, from the history.
  let lastUndo = null;
  const undoBox = document.getElementById("undo");
  function offerUndo(batch, message) {
    lastUndo = batch;
    if (!undoBox) return;
    undoBox.querySelector("[data-undo-text]").textContent = message;
    undoBox.hidden = false;
    clearTimeout(offerUndo.timer);
    offerUndo.timer = setTimeout(() => { undoBox.hidden = true; }, 15000);
  }
  async function undo() {
    if (!lastUndo) { flash("Nothing to undo on this page."); return; }
    const batch = lastUndo;
    lastUndo = null;
    if (undoBox) undoBox.hidden = true;
    try {
      const response = await fetch("/reviews/undo", {
        method: "POST", body: new URLSearchParams({ batch }),
        headers: { Accept: "application/json", "X-CSRF-Token": csrf || "" },
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.error || `the server answered ${response.status}`);
      showStored(body.restored);
      const kept = body.changed_since ? ` ${body.changed_since} changed since by someone else were left as they are.` : "";
      flash(`Undone: ${Object.keys(body.restored).length === 1 ? "the story is" : "the stories are"} as before.${kept}`);
    } catch (error) {
      flash(`Not undone: ${error.message}`, true);
    }
  }
  undoBox?.querySelector("[data-undo]")?.addEventListener("click", undo);

  // A label button puts the label on the story (every copy) or takes it off; the button shows which, in place.
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-labels") || !csrf) return;
    event.preventDefault();
    const button = event.submitter;
    try {
      const result = await post(form, button);
      const on = result.on;
      for (const story of storiesOf(result.articles.map(String))) {
        const twin = story.querySelector(`[data-labels] [data-label="${button.dataset.label}"]`);
        if (!twin) continue;
        twin.value = `${on ? "remove" : "add"}:${button.dataset.label}`;
        twin.classList.toggle("on", on);
        twin.setAttribute("aria-pressed", String(on));
      }
      flash(on ? `Labelled “${button.textContent.trim()}”.` : `Label “${button.textContent.trim()}” taken off.`);
    } catch (error) {
      flash(`Not saved: ${error.message}`, true);
    }
  });

  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.getAttribute("action") !== "/reviews" || !csrf) return;
    if (event.submitter?.hasAttribute("formaction")) return;  // the clip book: a download, not a decision
    event.preventDefault();
    const submitter = event.submitter;
    try {
      let result = await post(form, submitter);
      if (result.confirm) {
        if (!(await confirmOverwrite(result.confirm))) { flash("Nothing changed."); return; }
        result = await post(form, submitter, { confirm: "yes" });
      }
      if (form.id === "bulk" && result.updated === 0) { flash("Select stories first (x, or the boxes)."); return; }
      if (result.reviews) showStored(result.reviews);
      else applyDecision(result.articles, result.action, result.reviewer, new FormData(form).get("note"));
      if (result.action === "note") {
        for (const story of storiesOf(result.articles.map(String))) story.querySelector("details.note")?.removeAttribute("open");
      }
      if (form.id === "bulk") {
        for (const box of document.querySelectorAll('input[form="bulk"]:checked')) box.checked = false;
        countSelected();
      }
      const saved = result.updated === 1 ? "Saved." : `Saved for ${result.updated} articles.`;
      flash(saved);
      if (result.undo) offerUndo(result.undo, saved);
    } catch (error) {
      flash(`Not saved: ${error.message}`, true);
    }
  });

  function countSelected() {
    const count = document.querySelectorAll('input[form="bulk"]:checked').length;
    const label = document.querySelector("[data-selected-count]");
    if (label) label.textContent = String(count);
    document.getElementById("bulk")?.classList.toggle("idle", count === 0);
  }
  countSelected();
  document.addEventListener("change", (event) => {
    if (event.target.matches?.('input[form="bulk"]')) countSelected();
  });
  document.querySelector("[data-select-all]")?.addEventListener("click", () => {
    const boxes = Array.from(document.querySelectorAll('input[form="bulk"]'));
    const all = boxes.every((box) => box.checked);
    boxes.forEach((box) => { box.checked = !all; });
    countSelected();
  });

  function press(story, key) {
    const button = story?.querySelector(`.actions [data-key="${key}"]`);
    if (button) button.click();
  }

  const help = document.getElementById("help");
  document.querySelector("[data-help]")?.addEventListener("click", () => help?.showModal());

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target instanceof HTMLTextAreaElement && target.form) {
      event.preventDefault();
      target.form.requestSubmit();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
    if (typing) {
      if (event.key === "Escape") target.blur();
      return;
    }
    const story = currentStory();
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "r": case "n": case "s": press(story, event.key); break;
      case "u": undo(); break;
      case "o": case "Enter": {
        const link = story?.querySelector('.actions [data-key="o"]');
        if (!link) return;
        link.click();
        break;
      }
      case "e": {
        const details = story?.querySelector("details.note");
        if (!details) return;
        details.open = true;
        details.querySelector("textarea")?.focus();
        break;
      }
      case "x": {
        const box = story?.querySelector('input[form="bulk"]');
        if (!box) return;
        box.checked = !box.checked;
        countSelected();
        break;
      }
      case "/": document.querySelector("[data-search]")?.focus(); break;
      case "?": if (help?.open) help.close(); else help?.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });

  // On a phone the filter form shows only the search box until asked (unless a filter is set), and the bulk
  // bar only its count and "select all" until something is selected: the first story on the first screen.
  const filters = document.querySelector("[data-filters]");
  const toggle = document.querySelector("[data-filters-toggle]");
  if (filters && toggle) {
    toggle.hidden = false;
    const collapse = (shut) => {
      filters.classList.toggle("collapsed", shut);
      toggle.setAttribute("aria-expanded", String(!shut));
    };
    collapse(!filters.hasAttribute("data-filtered"));
    toggle.addEventListener("click", () => collapse(!filters.classList.contains("collapsed")));
  }

  // A table or chart wider than a phone scrolls inside itself; keyboard users must be able to reach and scroll
  // it too, so such a region gets a tab stop and a name (its caption or heading).
  function markScrollers() {
    for (const region of document.querySelectorAll("main table, main figure.chart, main .table-scroll")) {
      const scrolls = region.scrollWidth > region.clientWidth + 1;
      if (region.classList.contains("table-scroll")) continue;  // always focusable and named in the page
      if (scrolls && !region.hasAttribute("tabindex")) {
        region.setAttribute("tabindex", "0");
        region.setAttribute("role", "region");
        const name = region.querySelector("caption, figcaption")?.textContent || region.querySelector("svg title")?.textContent
          || region.previousElementSibling?.textContent || "Scrollable content";
        region.setAttribute("aria-label", name.trim());
      } else if (!scrolls && region.getAttribute("role") === "region") {
        for (const name of ["tabindex", "role", "aria-label"]) region.removeAttribute(name);
      }
    }
  }
  markScrollers();
  window.addEventListener("resize", markScrollers);

  // Clicking a story makes it the current one, so keys act on what the reader is looking at.
  document.addEventListener("click", (event) => {
    const story = event.target.closest?.(".story");
    if (story) {
      const index = stories().indexOf(story);
      if (index !== current) { current = index; stories().forEach((s, i) => s.classList.toggle("current", i === index)); }
      remember();
    }
  });
  if (stories().length > 1) restore();

  // The watchlist page: a re-tag running in the background says how far it has got, every two seconds.
  const retag = document.querySelector("[data-retag-poll]");
  if (retag) {
    const poll = async () => {
      try {
        const response = await fetch(retag.dataset.retagPoll, {headers: {"Accept": "application/json"}});
        const job = await response.json();
        if (!job.job) return;
        const counts = `${job.became_hits} became hits, ${job.stopped_being_hits} stopped being hits`;
        if (job.status === "running") {
          retag.textContent = `Re-tag ${job.job}: ${job.done.toLocaleString()} of ${job.total.toLocaleString()} articles read; ${counts} so far.`;
          setTimeout(poll, 2000);
        } else if (job.status === "done") {
          retag.textContent = `Re-tag ${job.job} finished: ${job.message}; ${counts}.`;
          retag.classList.remove("running");
        } else {
          retag.textContent = `Re-tag ${job.job} did not finish: ${job.message}.`;
          retag.classList.remove("running");
        }
      } catch (error) {
        setTimeout(poll, 5000);
      }
    };
    setTimeout(poll, 1000);
  }
})();
