declare namespace App {
  interface Locals {
    /** Source ids of the story being rendered, in citation order: <Cite> numbers its marks from it. */
    citeOrder?: string[];
  }
}
