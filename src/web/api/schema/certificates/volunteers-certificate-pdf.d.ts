// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/volunteers/{accountId}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A volunteer service record certificate (志愿服务记录证明) as PDF
         * @description Certifies the confirmed hours of the period (default: all service up to today), with a QR code that opens the public verification page. The volunteer asks for their own, the office of their area for anyone's there. The same record gives the same certificate number again; every issue is audited. Chinese or English by Accept-Language.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    from?: string;
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    to?: string;
                };
                header?: never;
                path: {
                    accountId: string;
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
                    content?: never;
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
