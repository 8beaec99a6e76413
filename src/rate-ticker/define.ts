// Entry for partners who embed the ticker alone (dist/rate-ticker.js): defines <nw-rate-ticker> and nothing else.
export {};
