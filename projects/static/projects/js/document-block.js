// A project's document block in the page editor. Choosing a document fills in the block's title
// with the document's, unless the editor wrote another, and guesses its kind from the document's
// title and file name, unless the editor chose one. The keywords come from the server
// (projects.blocks.DOCUMENT_KIND_KEYWORDS), which guesses the same way.
(() => {
  const { StructBlockDefinition } = window.wagtailStreamField.blocks;

  class ProjectDocumentBlockDefinition extends StructBlockDefinition {
    guessKind(...names) {
      const text = names.join(' ').toLowerCase();
      const found = this.meta.kindKeywords.find(([, keywords]) =>
        keywords.some((keyword) => text.includes(keyword)),
      );
      return found ? found[0] : this.meta.defaultKind;
    }

    render(placeholder, prefix, initialState, initialError) {
      const block = super.render(placeholder, prefix, initialState, initialError);
      const { document: chooser, title, kind } = block.childBlocks;
      let chosenTitle = initialState?.document?.title || '';
      let guessedKind = this.meta.defaultKind;

      chooser.widget.addEventListener('chosen', ({ detail }) => {
        const typed = title.getValue();
        if (!typed || typed === chosenTitle) {
          title.setState(detail.title);
        }
        chosenTitle = detail.title;
        if (kind.getValue() === guessedKind) {
          guessedKind = this.guessKind(detail.title || '', detail.filename || '');
          kind.setState(guessedKind);
        }
      });
      return block;
    }
  }

  window.telepath.register('projects.blocks.ProjectDocumentBlock', ProjectDocumentBlockDefinition);
})();
