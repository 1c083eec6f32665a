import { slugify } from '../src/text';

describe('slugify', () => {
  it('turns a title into a slug', () => {
    const log = jest.fn();
    log(slugify('Hello World'));
    expect(log).toHaveBeenCalledWith('hello-world');
  });
});
