// The inbox's keys: j/k move between items, s saves, d dismisses, e or Enter opens the draft screen.
// Every key only presses a link or button that is on the page anyway, so the inbox works without it.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("#inbox > .inbox-item"));
  if (items.length === 0) {
    return;
  }
  var current = -1;

  function select(index) {
    if (index < 0 || index >= items.length) {
      return;
    }
    if (current >= 0) {
      items[current].classList.remove("selected");
      items[current].removeAttribute("aria-current");
    }
    current = index;
    var item = items[current];
    item.classList.add("selected");
    item.setAttribute("aria-current", "true");
    item.setAttribute("tabindex", "-1");
    item.focus();
  }

  function press(selector) {
    if (current < 0) {
      return;
    }
    var target = items[current].querySelector(selector);
    if (target) {
      target.click();
    }
  }

  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA"
        || tag === "BUTTON" || (tag === "A" && event.key === "Enter")) {
      return;
    }
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(Math.max(0, current - 1)); break;
      case "s": press("form.save button"); break;
      case "d": press("form.dismiss button"); break;
      case "e":
      case "Enter": press("a.draft"); break;
      default: return;
    }
    event.preventDefault();
  });
}());
