import { commentTypes } from "./comments";
import { conditionalFormatTypes } from "./conditionalFormats";
import { conditionalRuleTypes } from "./conditionalRules";
import { customXmlTypes } from "./customXml";
import { formatTypes } from "./format";
import { nameTypes } from "./names";
import type { HostObject, HostType, HostTypes } from "./objects";
import { rangeType } from "./range";
import { rangeAreaTypes } from "./rangeAreas";
import { sheetSettingTypes } from "./sheetSettings";
import { tableTypes } from "./tables";
import { validationType } from "./validation";
import { workbookTypes } from "./workbook";
import { worksheetTypes } from "./worksheet";

/** Every kind of host object and the Office.js class that answers for it: a kind without one fails to compile. */
export const TYPES: HostTypes = {
  ...workbookTypes,
  ...worksheetTypes,
  range: rangeType,
  ...rangeAreaTypes,
  ...formatTypes,
  dataValidation: validationType,
  ...commentTypes,
  ...nameTypes,
  ...customXmlTypes,
  ...sheetSettingTypes,
  ...tableTypes,
  ...conditionalFormatTypes,
  ...conditionalRuleTypes,
};

export const typeOf = (target: HostObject) => TYPES[target.kind] as HostType<HostObject>;
