/* The hub's image blocks in the page editor (hub/blocks.py).
 *
 * ImageBlock: choosing an image fills the alternative text with the image's description, while
 * the editor has not written one of their own.
 * GalleryBlock: "Add several images" opens Wagtail's image chooser with multiple selection and
 * adds one block per chosen image, each with its description as alternative text.
 */
(() => {
  const { StructBlockDefinition, StreamBlockDefinition } = window.wagtailStreamField.blocks;

  /* The image's own description, if it has one: Wagtail's default alt text falls back to the
   * title, which is usually a file name and tells a screen-reader user nothing. */
  const description = (chosen) =>
    chosen && chosen.default_alt_text && chosen.default_alt_text !== chosen.title
      ? chosen.default_alt_text
      : '';

  class ImageBlockDefinition extends StructBlockDefinition {
    render(placeholder, prefix, initialState, initialError) {
      const block = super.render(placeholder, prefix, initialState, initialError);
      const altText = document.getElementById(`${prefix}-alt_text`);
      let suggested = description(initialState && initialState.image);
      block.childBlocks.image.widget.addEventListener('chosen', ({ detail }) => {
        if (altText.value === '' || altText.value === suggested) {
          altText.value = description(detail);
        }
        suggested = description(detail);
      });
      return block;
    }
  }

  class GalleryBlockDefinition extends StreamBlockDefinition {
    render(placeholder, prefix, initialState, initialError) {
      const block = super.render(placeholder, prefix, initialState, initialError);
      const [name, imageBlockDef] = Object.entries(this.childBlockDefsByName)[0];
      const chooser = imageBlockDef.childBlockDefs.find((child) => child.name === 'image').widget;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-secondary button-small';
      button.textContent = this.meta.addSeveralLabel;
      button.addEventListener('click', () => {
        chooser.openModal(
          (chosen) => {
            [].concat(chosen).forEach((image) => {
              block.insert(
                {
                  type: name,
                  value: { image, alt_text: description(image), decorative: false, caption: '' },
                },
                block.children.length,
              );
            });
          },
          { multiple: true },
        );
      });
      const wrapper = document.createElement('p');
      wrapper.append(button);
      block.container[0].before(wrapper);
      return block;
    }
  }

  window.telepath.register('hub.blocks.ImageBlock', ImageBlockDefinition);
  window.telepath.register('hub.blocks.GalleryBlock', GalleryBlockDefinition);
})();
