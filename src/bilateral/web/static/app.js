/* bilateral: the little the pages do in the browser. No inline script (the pages' CSP forbids it). */
"use strict";

function timelineFilter() {
  const form = document.getElementById("timeline-filter");
  const list = document.getElementById("timeline");
  if (!form || !list) return;
  const apply = () => {
    const on = new Set(Array.from(form.querySelectorAll("input[name=type]:checked")).map((i) => i.value));
    list.querySelectorAll("li.tl-item").forEach((li) => { li.hidden = !on.has(li.dataset.type); });
    const params = new URLSearchParams();
    if (on.size !== form.querySelectorAll("input[name=type]").length) on.forEach((t) => params.append("type", t));
    const query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
}

function sourceHighlights() {
  const text = document.getElementById("text");
  const facts = document.getElementById("facts");
  if (!text || !facts) return;
  const panel = document.getElementById("mark-facts");
  const panelList = document.getElementById("mark-facts-list");

  const marksOf = (id) => Array.from(text.querySelectorAll("mark.ev")).filter(
    (m) => m.dataset.facts.split(" ").includes(String(id)));

  const selectFact = (id, scroll) => {
    text.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    facts.querySelectorAll("li.fact.selected").forEach((li) => li.classList.remove("selected"));
    const marks = marksOf(id);
    marks.forEach((m) => m.classList.add("active"));
    const li = document.getElementById("fact-" + id);
    if (li) {
      li.classList.add("selected");
      if (scroll) li.scrollIntoView({ block: "nearest" });
    }
    if (scroll && marks.length) marks[0].scrollIntoView({ block: "center" });
    const url = new URL(location.href);
    url.searchParams.set("fact", id);
    url.hash = "fact-" + id;
    history.replaceState(null, "", url.toString());
  };

  facts.addEventListener("click", (ev) => {
    const button = ev.target.closest("button.fact-button");
    if (button) selectFact(button.dataset.fact, true);
  });

  const showFactsOf = (mark) => {
    text.querySelectorAll("mark.chosen").forEach((m) => m.classList.remove("chosen"));
    mark.classList.add("chosen");
    panelList.replaceChildren();
    facts.querySelectorAll("li.fact.selected").forEach((li) => li.classList.remove("selected"));
    mark.dataset.facts.split(" ").forEach((id) => {
      const li = document.getElementById("fact-" + id);
      if (!li) return;
      li.classList.add("selected");
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fact-button";
      button.dataset.fact = id;
      button.textContent = li.querySelector(".type").textContent + ": " + li.querySelector(".label").textContent;
      button.addEventListener("click", () => {
        selectFact(id, false);
        li.scrollIntoView({ block: "nearest" });
      });
      item.appendChild(button);
      panelList.appendChild(item);
    });
    panel.hidden = false;
  };
  text.addEventListener("click", (ev) => {
    const mark = ev.target.closest("mark.ev");
    if (mark) showFactsOf(mark);
  });
  text.addEventListener("keydown", (ev) => {
    const mark = ev.target.closest("mark.ev");
    if (mark && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); showFactsOf(mark); }
  });

  const wanted = new URLSearchParams(location.search).get("fact");
  if (wanted) {
    selectFact(wanted, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  timelineFilter();
  sourceHighlights();
});
