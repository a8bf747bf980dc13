// After an upload in the document chooser, the page editor shows at once the messages the upload
// left for the next page (such as "its text cannot be read"): a warning beside the field the
// document was chosen for, the others (and those of a link in rich text) at the top of the page.
// The modal posts its form with jQuery: its ajaxComplete event says when the upload returned,
// by which time the field's hidden input has changed.
(() => {
  const { messagesUrl, uploadUrl } = document.currentScript.dataset;
  const NOTE = "data-upload-note";
  let chosen = null;

  const note = (text) => {
    const element = document.createElement("div");
    element.className = "help-block help-warning";
    element.setAttribute("role", "status");
    element.setAttribute(NOTE, "");
    element.innerHTML =
      '<svg class="icon icon-warning" aria-hidden="true"><use href="#icon-warning"></use></svg>';
    const paragraph = document.createElement("p");
    element.append(paragraph);
    window.requestAnimationFrame(() => {
      paragraph.textContent = text;
    });
    return element;
  };

  document.addEventListener("change", (event) => {
    const chooser = event.target.id && document.getElementById(`${event.target.id}-chooser`);
    if (!chooser || !chooser.classList.contains("document-chooser")) return;
    chooser.parentElement.querySelectorAll(`[${NOTE}]`).forEach((old) => old.remove());
    chosen = chooser;
  });

  if (!window.jQuery) return;
  window.jQuery(document).on("ajaxComplete", (event, xhr, options) => {
    const chooser = chosen;
    chosen = null;
    const path = new URL(options.url, window.location.href).pathname;
    if (options.type !== "POST" || path !== uploadUrl) return;
    fetch(messagesUrl, { headers: { Accept: "application/json" } })
      .then((response) => response.json())
      .then(({ messages }) => {
        messages.forEach(({ text, type }) => {
          if (chooser && type === "warning") {
            chooser.after(note(text));
          } else {
            document.dispatchEvent(new CustomEvent("w-messages:add", { detail: { text, type } }));
          }
        });
      });
  });
})();
