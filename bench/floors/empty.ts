// Nothing: the least any content script costs a page is the browser setting up the world it runs in.
export {};
