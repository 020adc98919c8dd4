// Review queue shortcuts: j / k move between proposals, a accepts, r rejects the current one.
// The current proposal's sentence is marked in the article text beside it.
(function () {
  "use strict";
  let current = -1;

  function proposals() {
    return Array.from(document.querySelectorAll("article.proposal"));
  }

  function select(index) {
    const all = proposals();
    if (!all.length) return;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((p, i) => p.classList.toggle("current", i === current));
    const chosen = all[current];
    document.querySelectorAll("mark.evidence").forEach((m) => {
      m.classList.toggle("current", m.dataset.proposal === chosen.dataset.proposal);
    });
    chosen.focus({ preventScroll: true });
    chosen.scrollIntoView({ block: "nearest" });
  }

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]");
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const all = proposals();
    if (!all.length) return;
    if (event.key === "j") select(current + 1);
    else if (event.key === "k") select(current - 1);
    else if (event.key === "a" || event.key === "r") {
      if (current < 0) select(0);
      const button = all[current].querySelector(event.key === "a" ? "button.accept" : "button.reject");
      if (button) button.click();
    } else return;
    event.preventDefault();
  });

  document.addEventListener("click", (event) => {
    const proposal = event.target.closest("article.proposal");
    if (proposal) {
      const index = proposals().indexOf(proposal);
      if (index >= 0 && index !== current) select(index);
    }
    const all = event.target.closest("[data-select-all]");
    if (all) {
      document.querySelectorAll('input[name="ids"][form="bulk-form"]').forEach((box) => {
        box.checked = true;
      });
    }
  });

  // After a decision the fragment is swapped in: keep the same position in the list.
  document.addEventListener("htmx:afterSwap", () => {
    if (current >= 0) select(current);
  });
})();
