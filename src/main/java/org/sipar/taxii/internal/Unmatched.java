package org.sipar.taxii.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Answers paths under /taxii2/ that name no TAXII resource, so that clients get a TAXII error, not an HTML page. */
@Controller
class Unmatched {

    @RequestMapping("/taxii2/**")
    void unmatched() {
        throw TaxiiException.notFound("Resource");
    }
}
