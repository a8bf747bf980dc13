// The title of an uploaded document or image, from its file name cleaned by the hub's rules
// (hub.slugs.TITLE_RULES, in the page as #hub-title-rules), through Wagtail's upload events:
// the upload screens, multiple upload and the choosers' upload tabs all send them.
(() => {
  const source = document.getElementById('hub-title-rules');
  const rules = JSON.parse(source ? source.textContent : '[]').map(([pattern, text]) => [
    new RegExp(pattern, 'giu'),
    text,
  ]);
  const clean = (filename) =>
    rules.reduce((title, [pattern, text]) => title.replace(pattern, text), filename);

  const fillTitle = (event) => {
    const { data, filename, maxTitleLength } = event.detail;
    const title = clean(filename || '');
    if (title) {
      data.title = maxTitleLength ? title.slice(0, maxTitleLength) : title;
    }
  };
  document.addEventListener('wagtail:documents-upload', fillTitle);
  document.addEventListener('wagtail:images-upload', fillTitle);
})();
