// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/certificates/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a service record certificate by its number (the QR code opens this)
         * @description Public: what the certificate states, the name masked. 404 for an unknown number.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description e.g. ZM20261203-7KQ4M2XD */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            /** @description masked: 李** */
                            volunteerName: string;
                            volunteerNumber: string | null;
                            minutes: number;
                            periodFrom: string;
                            periodTo: string;
                            issuerName: string;
                            /** @description ISO 8601 with offset */
                            issuedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
