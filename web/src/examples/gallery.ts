// The examples dialog: the seeds grouped under headings, one button each (title and what to
// look at). Picking one loads it into the editor and closes the dialog.
import { GROUPS } from './catalog';
import type { Example } from './examples';

export function renderGallery(container: HTMLElement, examples: readonly Example[], onPick: (example: Example) => void): void {
  container.replaceChildren();
  for (const group of GROUPS) {
    const members = examples.filter((e) => e.group === group);
    if (!members.length) continue;
    const heading = document.createElement('h3');
    heading.textContent = group;
    const list = document.createElement('ul');
    for (const example of members) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.example = example.id;
      const title = document.createElement('strong');
      title.textContent = example.title;
      button.append(title);
      if (example.about) {
        const about = document.createElement('span');
        about.className = 'about';
        about.textContent = example.about;
        button.append(about);
      }
      button.addEventListener('click', () => onPick(example));
      const li = document.createElement('li');
      li.append(button);
      list.append(li);
    }
    container.append(heading, list);
  }
}
