// The staff console of `npm start` (/counter/): one <mpp-counter-console>.
// A desk's bookmark may name its counter, /counter/?counter=loket-3; the staff
// token never goes in the address (the console asks for it and keeps it in
// memory only).

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const counter = new URLSearchParams(location.search).get('counter');
if (counter !== null && ID.test(counter)) document.getElementById('console').setAttribute('counter', counter);
