// GOV.UK Frontend's components (the skip link, the navigation's Menu button on small screens), loaded as a module
// file so that the Content-Security-Policy needs no inline script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
