package uk.gov.sli.mou;

import jakarta.ws.rs.NotFoundException;

/** Looks years and targets up for callers that answer 404 when they are missing. */
public final class Years {

    private Years() {
    }

    public static MouYear require(String yearId) {
        return MouYear.<MouYear>findByIdOptional(yearId)
                .orElseThrow(() -> new NotFoundException("No MoU year '" + yearId + "'"));
    }

    public static Target requireTarget(String yearId, String code) {
        require(yearId);
        return Target.findByCode(yearId, code)
                .orElseThrow(() -> new NotFoundException("No target '" + code + "' in " + yearId));
    }
}
