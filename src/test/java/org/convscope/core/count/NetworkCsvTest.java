package org.convscope.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetworkCsvTest {

    @Test
    void fieldsQuoteCommasQuotesAndLineBreaks() {
        assertEquals("plain", NetworkCsv.field("plain"));
        assertEquals("\"a, b\"", NetworkCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", NetworkCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", NetworkCsv.field("two\nlines"));
    }

    /**
     * AlexNet's first records worked out by hand: conv1 has 96 filters of 3x11x11 = 34,848 weights, a 55x55 output
     * ((227 - 11) / 4 + 1), so 55 * 55 * 34,848 = 105,415,200 MACs; its receptive field is its kernel, 11.
     * The totals are Caffe bvlc_alexnet's 60,965,224 parameters split into weights and biases (the biases are the
     * output channels and features: 96 + 256 + 384 + 384 + 256 + 4096 + 4096 + 1000 = 10,568). MACs summed by
     * hand per layer (conv1 105,415,200; conv2 223,948,800; conv3 149,520,384; conv4 112,140,288; conv5 74,760,192;
     * fc6 37,748,736; fc7 16,777,216; fc8 4,096,000): 724,406,816, the "724M MACs" usually quoted for AlexNet.
     */
    @Test
    void alexNetRecordsAsWorkedOutByHand() {
        List<String> records = List.of(NetworkCsv.of(NetworkCatalogue.alexNet()).split("\r\n", -1));
        assertEquals("layer,operation,input,output,weights,biases,macs,receptive_field", records.get(0));
        assertEquals("conv1,\"conv 11x11 to 96, stride 4\",3x227x227,96x55x55,34848,96,105415200,11", records.get(1));
        assertEquals("total,,3x227x227,1000x1x1," + (60_965_224 - 10_568) + ",10568,724406816,",
                records.get(records.size() - 2));
        assertEquals("", records.get(records.size() - 1), "the last record ends with CRLF too");
        assertTrue(records.stream().noneMatch(r -> r.contains("\n")));
    }
}
