import { describe, expect, it } from 'vitest';
import { unsentFilm } from './poster-field';

describe('unsentFilm', () => {
  it('blames the upload when a poster went with the form', () => {
    const form = new FormData();
    form.set('title', 'Heat');
    form.set('poster', new File([new Uint8Array(10)], 'poster.png', { type: 'image/png' }));
    const state = unsentFilm(new Error('An unexpected response was received from the server.'), form);
    expect(state.message).toMatch(/refused the upload/);
    expect(state.fieldErrors?.poster?.[0]).toMatch(/This upload was refused/);
  });

  it('does not blame the poster when none was chosen', () => {
    const form = new FormData();
    form.set('title', 'Heat');
    // A file input left empty still sends an empty, nameless file.
    form.set('poster', new File([], '', { type: 'application/octet-stream' }));
    const state = unsentFilm(new Error('An unexpected response was received from the server.'), form);
    expect(state.status).toBe('error');
    expect(state.message).not.toMatch(/poster|upload/i);
    expect(state.fieldErrors).toBeUndefined();
  });
});
